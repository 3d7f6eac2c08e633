// Package tokenlog_grpc has gRPC unary interceptors that log the incoming
// request's credentials (google.golang.org/grpc and its metadata package).
package tokenlog_grpc

import (
	"context"
	"log/slog"
	"strings"

	"google.golang.org/grpc"
	"google.golang.org/grpc/metadata"
)

// LoggingInterceptor logs each call with the bearer token it carries.
func LoggingInterceptor(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	md, _ := metadata.FromIncomingContext(ctx)
	var token string
	if v := md.Get("authorization"); len(v) > 0 {
		token = strings.TrimPrefix(v[0], "Bearer ")
	}
	slog.Info("grpc call", slog.String("method", info.FullMethod), slog.String("token", token)) // want:tokenlog
	return handler(ctx, req)
}

// AuditInterceptor logs each call with its request id and the length of
// its token, not the token.
func AuditInterceptor(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	md, _ := metadata.FromIncomingContext(ctx)
	token := ""
	if v := md.Get("authorization"); len(v) > 0 {
		token = strings.TrimPrefix(v[0], "Bearer ")
	}
	var reqID string
	if v := md.Get("x-request-id"); len(v) > 0 {
		reqID = v[0]
	}
	slog.Info("grpc call", slog.String("method", info.FullMethod), slog.String("request_id", reqID), slog.Int("token_len", len(token)))
	return handler(ctx, req)
}

// MetadataInterceptor logs all the incoming metadata, credentials included.
func MetadataInterceptor(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	md, _ := metadata.FromIncomingContext(ctx)
	slog.Debug("grpc call", "method", info.FullMethod, "metadata", md) // want:tokenlog
	return handler(ctx, req)
}

var (
	_ grpc.UnaryServerInterceptor = LoggingInterceptor
	_ grpc.UnaryServerInterceptor = AuditInterceptor
	_ grpc.UnaryServerInterceptor = MetadataInterceptor
)
