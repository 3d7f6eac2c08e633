package grpcauth

import (
	"context"
	"log/slog"
	"strings"

	"google.golang.org/grpc"
	"google.golang.org/grpc/metadata"
)

func logging(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	md, _ := metadata.FromIncomingContext(ctx)
	var token string
	if v := md.Get("authorization"); len(v) > 0 {
		token = strings.TrimPrefix(v[0], "Bearer ")
	}
	slog.Info("call", slog.String("method", info.FullMethod), slog.String("token", token)) // want `the Authorization header reaches slog.Info`
	return handler(ctx, req)
}

func audit(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	md, _ := metadata.FromIncomingContext(ctx)
	var reqID, token string
	if v := md.Get("x-request-id"); len(v) > 0 {
		reqID = v[0]
	}
	if v := md["authorization"]; len(v) > 0 {
		token = v[0]
	}
	slog.Info("call", slog.String("method", info.FullMethod), slog.String("request_id", reqID), slog.Int("token_len", len(token))) // near miss
	slog.Info("call", "auth", md["authorization"])                                                                                 // want `the Authorization header reaches slog.Info`
	slog.Info("call", "agent", md["user-agent"])                                                                                   // near miss
	return handler(ctx, req)
}

func valueFrom(ctx context.Context) {
	auth := metadata.ValueFromIncomingContext(ctx, "authorization")
	slog.Warn("auth", "values", auth) // want `the Authorization header reaches slog.Warn`
	trace := metadata.ValueFromIncomingContext(ctx, "traceparent")
	slog.Warn("trace", "values", trace) // near miss
}
