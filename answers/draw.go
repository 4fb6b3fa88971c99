package answers

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"
	"strconv"
	"sync"

	"codeberg.org/go-fonts/liberation/liberationsansregular"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// The chart is drawn here, with one font and the standard image packages, rather than with
// a plotting library: the one this used parsed twelve fonts when the program started, which
// cost every start of the server (a model may never ask for a chart) 2 MiB of memory and a
// third of a millisecond. The font is read on the first chart.

// sans is Liberation Sans, parsed once, when a chart first needs it.
var sans = sync.OnceValues(func() (*opentype.Font, error) { return opentype.Parse(liberationsansregular.TTF) })

// canvas is a white picture to draw a chart on.
type canvas struct {
	img   *image.RGBA
	font  *opentype.Font
	faces map[float64]font.Face
}

func newCanvas(width, height int) (*canvas, error) {
	f, err := sans()
	if err != nil {
		return nil, err
	}
	c := &canvas{img: image.NewRGBA(image.Rect(0, 0, width, height)), font: f, faces: map[float64]font.Face{}}
	draw.Draw(c.img, c.img.Bounds(), image.White, image.Point{}, draw.Src)
	return c, nil
}

// face is the font at size pixels.
func (c *canvas) face(size float64) font.Face {
	if f, ok := c.faces[size]; ok {
		return f
	}
	f, err := opentype.NewFace(c.font, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
	if err != nil { // only for sizes out of range; ours are constants
		f = nil
	}
	c.faces[size] = f
	return f
}

// Where a text goes relative to its point: its left end, centre or right end, on the
// baseline.
const (
	alignLeft = iota
	alignCentre
	alignRight
)

// text writes s at size with its baseline at y; x is its left end, centre or right end.
func (c *canvas) text(s string, size float64, x, y, align int) {
	f := c.face(size)
	if f == nil {
		return
	}
	d := &font.Drawer{Dst: c.img, Src: image.Black, Face: f}
	w := d.MeasureString(s).Ceil()
	switch align {
	case alignCentre:
		x -= w / 2
	case alignRight:
		x -= w
	}
	d.Dot = fixed.P(x, y)
	d.DrawString(s)
}

// verticalText writes s turned a quarter left (read bottom to top), centred on (x, y).
func (c *canvas) verticalText(s string, size float64, x, y int) {
	f := c.face(size)
	if f == nil {
		return
	}
	m := f.Metrics()
	w, h := font.MeasureString(f, s).Ceil(), (m.Ascent + m.Descent).Ceil()
	flat := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(flat, flat.Bounds(), image.White, image.Point{}, draw.Src)
	(&font.Drawer{Dst: flat, Src: image.Black, Face: f, Dot: fixed.Point26_6{Y: m.Ascent}}).DrawString(s)
	// (i, j) of the flat text lands at (left + j, bottom - i).
	left, bottom := x-h/2, y+w/2
	for j := range h {
		for i := range w {
			c.img.Set(left+j, bottom-i, flat.At(i, j))
		}
	}
}

func (c *canvas) fill(r image.Rectangle, col color.Color) {
	draw.Draw(c.img, r.Intersect(c.img.Bounds()), image.NewUniform(col), image.Point{}, draw.Src)
}

// layer is one series of a stacked bar chart.
type layer struct {
	name   string
	values []float64 // one per bar
	color  color.RGBA
}

var (
	gridColor = color.RGBA{225, 225, 225, 255}
	axisColor = color.RGBA{0, 0, 0, 255}
)

// stackedBars draws a bar per label, each the stack of the layers' values, with a title, a
// labelled axis each way (the vertical one from zero, ticked at round values) and a legend
// at the top left.
func (c *canvas) stackedBars(title, xLabel, yLabel string, labels []string, layers []layer) {
	b := c.img.Bounds()
	plot := image.Rect(b.Min.X+90, b.Min.Y+40, b.Max.X-20, b.Max.Y-60)
	c.text(title, 15, (b.Min.X+b.Max.X)/2, b.Min.Y+22, alignCentre)
	c.text(xLabel, 13, (plot.Min.X+plot.Max.X)/2, b.Max.Y-12, alignCentre)
	c.verticalText(yLabel, 13, b.Min.X+26, (plot.Min.Y+plot.Max.Y)/2)

	// Head room above the tallest bar keeps the legend off the bars.
	top := 0.0
	for i := range labels {
		top = max(top, stackHeight(layers, i, len(layers)))
	}
	top *= 1.3
	if top <= 0 {
		top = 1
	}
	step := roundStep(top / 5)
	y := func(v float64) int {
		return plot.Max.Y - int(math.Round(v/top*float64(plot.Dy())))
	}
	decimals := max(0, -int(math.Floor(math.Log10(step))))
	for k := 0; float64(k)*step <= top; k++ {
		v := float64(k) * step
		c.fill(image.Rect(plot.Min.X, y(v), plot.Max.X, y(v)+1), gridColor)
		c.text(strconv.FormatFloat(v, 'f', decimals, 64), 11, plot.Min.X-6, y(v)+4, alignRight)
	}

	n := max(1, len(labels))
	slot := float64(plot.Dx()) / float64(n)
	width := max(1, int(slot*0.8))
	every := max(1, (len(labels)+9)/10)
	for i, label := range labels {
		centre := plot.Min.X + int(slot*(float64(i)+0.5))
		for k, l := range layers {
			lo, hi := stackHeight(layers, i, k), stackHeight(layers, i, k+1)
			if hi > lo {
				c.fill(image.Rect(centre-width/2, y(hi), centre-width/2+width, y(lo)), l.color)
			}
		}
		if i%every == 0 {
			c.fill(image.Rect(centre, plot.Max.Y, centre+1, plot.Max.Y+4), axisColor)
			c.text(label, 11, centre, plot.Max.Y+17, alignCentre)
		}
	}
	c.fill(image.Rect(plot.Min.X, plot.Min.Y, plot.Min.X+1, plot.Max.Y+1), axisColor)
	c.fill(image.Rect(plot.Min.X, plot.Max.Y, plot.Max.X, plot.Max.Y+1), axisColor)

	for k, l := range layers {
		row := plot.Min.Y + 8 + 16*k
		c.fill(image.Rect(plot.Min.X+10, row, plot.Min.X+22, row+12), l.color)
		c.text(l.name, 11, plot.Min.X+28, row+10, alignLeft)
	}
}

// stackHeight is the top of the first n layers of bar i.
func stackHeight(layers []layer, i, n int) float64 {
	h := 0.0
	for _, l := range layers[:n] {
		if i < len(l.values) {
			h += l.values[i]
		}
	}
	return h
}

// roundStep is the step of 1, 2 or 5 times a power of ten nearest above rough.
func roundStep(rough float64) float64 {
	p := math.Pow(10, math.Floor(math.Log10(rough)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= rough {
			return m * p
		}
	}
	return 10 * p
}

func (c *canvas) png() ([]byte, error) {
	var buf bytes.Buffer
	if err := png.Encode(&buf, c.img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
