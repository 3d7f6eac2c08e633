package jwk

import "context"

type Set interface{ Len() int }
type Cache struct{}
type FetchOption interface{}

func Fetch(ctx context.Context, u string, options ...FetchOption) (Set, error) { return nil, nil }
func NewCache(ctx context.Context) *Cache                                      { return nil }
func (c *Cache) Get(ctx context.Context, u string) (Set, error)                { return nil, nil }
func NewCachedSet(cache *Cache, url string) Set                                { return nil }
