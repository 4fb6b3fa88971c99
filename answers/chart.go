package answers

import (
	"context"
	"fmt"
	"image/color"
	"strings"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/internal/currency"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// The chart's size in pixels (drawn at 72 dots per inch, so one point is one pixel).
const (
	ChartWidth  = 1000
	ChartHeight = 500
)

// SpendChartParams are the arguments of billing_spend_chart.
type SpendChartParams struct {
	UID       string `json:"uid,omitempty" wire:"uid" jsonschema_description:"Account uid, e-mail or name (admins)."`
	StartTime string `json:"start_time,omitempty" wire:"start_time" jsonschema_description:"Date (UTC) or period: last month, 2026-03."`
	EndTime   string `json:"end_time,omitempty" wire:"end_time" jsonschema_description:"End (exclusive)."`
	GroupBy   string `json:"group_by,omitempty" wire:"group_by" jsonschema:"enum=day,enum=week,enum=month" jsonschema_description:"Bar width."`
	Top       *int   `json:"top,omitempty" wire:"top" jsonschema_description:"Series (default 6)."`
}

// Series is one stacked colour of the chart.
type Series struct {
	Name  string  `json:"name" jsonschema_description:"Environment (or engine), or other."`
	Total float64 `json:"total" jsonschema_description:"Its spend over the period, rounded to the cent."`
}

// SpendChartOutput is the structured answer of billing_spend_chart; the picture is an image
// content block beside it.
type SpendChartOutput struct {
	UID       int      `json:"uid" jsonschema_description:"User ID of the account."`
	Account   string   `json:"account" jsonschema_description:"The account in words."`
	Currency  string   `json:"currency" jsonschema_description:"Currency code of every amount, e.g. USD, as pricing_get_platform_currency names it."`
	StartTime string   `json:"start_time" jsonschema_description:"Start of the period, RFC 3339 UTC."`
	EndTime   string   `json:"end_time" jsonschema_description:"End of the period (exclusive), RFC 3339 UTC."`
	GroupBy   string   `json:"group_by" jsonschema:"enum=day,enum=week,enum=month" jsonschema_description:"Bar width."`
	Total     float64  `json:"total" jsonschema_description:"Exact total spend of the period, rounded to the cent."`
	Buckets   []Group  `json:"buckets" jsonschema_description:"Spend per bar, in order (key: bucket start date, UTC)."`
	Series    []Series `json:"series" jsonschema_description:"The stacked colours, largest first."`
	Width     int      `json:"width" jsonschema_description:"Width of the PNG in pixels."`
	Height    int      `json:"height" jsonschema_description:"Height of the PNG in pixels."`
	Sources   []string `json:"sources" jsonschema_description:"Platform methods the figures come from."`
}

// SpendChart is billing_spend_chart.
var SpendChart = define("SpendChart",
	"Draw a PNG chart of spend per day, week or month, stacked per environment, with a summary.",
	spendChart)

// palette is ten colours told apart easily; other is grey.
var palette = []color.RGBA{
	{31, 119, 180, 255}, {255, 127, 14, 255}, {44, 160, 44, 255}, {214, 39, 40, 255}, {148, 103, 189, 255},
	{140, 86, 75, 255}, {227, 119, 194, 255}, {188, 189, 34, 255}, {23, 190, 207, 255}, {31, 60, 120, 255},
}

var otherColor = color.RGBA{160, 160, 160, 255}

func spendChart(ctx context.Context, c jelastic.Caller, p *SpendChartParams) (*result[SpendChartOutput], error) {
	if p.GroupBy == "" {
		p.GroupBy = "day"
	}
	r := newReader(c)
	q, err := resolveSpend(ctx, r, p.UID, p.StartTime, p.EndTime, p.GroupBy, timeGroupings)
	if err != nil {
		return nil, err
	}
	top, err := count("top", p.Top, 6, len(palette))
	if err != nil {
		return nil, err
	}
	rows, items, err := spendRows(ctx, r, q)
	if err != nil {
		return nil, err
	}
	// Series totals pick the top environments; the rest share one grey layer.
	perSeries := map[string]float64{}
	total := 0.0
	for _, rw := range rows {
		perSeries[rw.key] += rw.cost
		total += rw.cost
	}
	names := sortedKeys(perSeries)
	shown := map[string]int{}
	series := []Series{}
	otherTotal := 0.0
	for i, n := range names {
		if i < top {
			shown[n] = i
			series = append(series, Series{Name: n, Total: cents(perSeries[n])})
		} else {
			otherTotal += perSeries[n]
		}
	}
	hasOther := len(names) > top
	if hasOther {
		series = append(series, Series{Name: "other", Total: cents(otherTotal)})
	}
	var buckets []time.Time
	index := map[time.Time]int{}
	for t := bucketOf(q.w.start, q.groupBy); t.Before(q.w.end); t = nextBucket(t, q.groupBy) {
		index[t] = len(buckets)
		buckets = append(buckets, t)
	}
	values := make([][]float64, len(series))
	for i := range values {
		values[i] = make([]float64, len(buckets))
	}
	perBucket := make([]float64, len(buckets))
	for _, rw := range rows {
		b, ok := index[rw.bucket]
		if !ok {
			continue
		}
		s, isShown := shown[rw.key]
		if !isShown {
			s = len(series) - 1
		}
		values[s][b] += rw.cost
		perBucket[b] += rw.cost
	}
	out := SpendChartOutput{UID: q.target.UID, Account: accountWords(q), Currency: r.currency(ctx, items...),
		StartTime: rfc(q.w.start), EndTime: rfc(q.w.end), GroupBy: q.groupBy, Total: cents(total),
		Buckets: []Group{}, Series: series, Width: ChartWidth, Height: ChartHeight}
	for i, b := range buckets {
		out.Buckets = append(out.Buckets, Group{Key: b.Format("2006-01-02"), Cost: cents(perBucket[i]), Share: ratio(perBucket[i], total)})
	}
	out.Sources = r.sources()
	png, err := drawChart(out, values, buckets, q)
	if err != nil {
		return nil, err
	}
	return &result[SpendChartOutput]{data: out, text: chartText(out), image: &jelastic.Image{MIMEType: "image/png", Data: png}}, nil
}

// drawChart stacks one bar layer per series over the buckets and encodes the PNG (see
// draw.go).
func drawChart(o SpendChartOutput, values [][]float64, buckets []time.Time, q spendQuery) ([]byte, error) {
	c, err := newCanvas(ChartWidth, ChartHeight)
	if err != nil {
		return nil, err
	}
	title := fmt.Sprintf("Spend of %s, %s", strings.TrimPrefix(o.Account, "account "), q.w)
	unit := o.Currency
	if unit == currency.Unknown {
		unit = "platform currency"
	}
	yLabel := fmt.Sprintf("Spend per %s (%s)", q.groupBy, unit)
	xLabel := fmt.Sprintf("%s starting (UTC)", strings.ToUpper(q.groupBy[:1])+q.groupBy[1:])
	labels := make([]string, len(buckets))
	for i, b := range buckets {
		labels[i] = b.Format("2006-01-02")
		if q.groupBy == "month" {
			labels[i] = b.Format("Jan 2006")
		}
	}
	layers := make([]layer, len(values))
	for i, vals := range values {
		layers[i] = layer{name: o.Series[i].Name, values: vals, color: palette[i%len(palette)]}
		if o.Series[i].Name == "other" && i == len(values)-1 {
			layers[i].color = otherColor
		}
	}
	c.stackedBars(title, xLabel, yLabel, labels, layers)
	return c.png()
}

func chartText(o SpendChartOutput) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Chart (PNG %d×%d) of the spend of %s per %s from %s to %s: %s in total over %d bars.",
		o.Width, o.Height, o.Account, o.GroupBy, stamp(mustTime(o.StartTime)), stamp(mustTime(o.EndTime)),
		money(o.Total, o.Currency), len(o.Buckets))
	if len(o.Buckets) > 0 {
		hi := o.Buckets[0]
		for _, g := range o.Buckets {
			if g.Cost > hi.Cost {
				hi = g
			}
		}
		fmt.Fprintf(&b, " Highest %s: %s with %s.", o.GroupBy, hi.Key, money(hi.Cost, o.Currency))
	}
	parts := make([]string, 0, len(o.Series))
	for _, s := range o.Series {
		parts = append(parts, fmt.Sprintf("%s %s", s.Name, money(s.Total, o.Currency)))
	}
	if len(parts) > 0 {
		fmt.Fprintf(&b, " Layers: %s.", strings.Join(parts, "; "))
	}
	return b.String()
}
