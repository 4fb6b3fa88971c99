# The jelastic-mcp server as a container: a static binary on distroless, run as a non-root
# user, serving stateless streamable HTTP on port 8080. Build from a clone (so that
# --version names the commit):  docker build -t jelastic-mcp .
# See docs/deploy.md; deploy/ tests the invariants of this file.

FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# Set by BuildKit for the target platform (docker buildx build --platform ...).
ARG TARGETOS TARGETARCH
RUN CGO_ENABLED=0 GOOS=${TARGETOS:-linux} GOARCH=${TARGETARCH:-amd64} \
    go build -trimpath -ldflags="-s -w" -o /out/jelastic-mcp ./cmd/jelastic-mcp

# distroless/static has CA certificates and time zone data, and no shell: the binary probes
# its own health.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/jelastic-mcp /jelastic-mcp
# Numeric, so that Kubernetes can verify runAsNonRoot.
USER 65532:65532
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["/jelastic-mcp", "--healthcheck", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["/jelastic-mcp"]
CMD ["--http", "0.0.0.0:8080", "--stateless"]
