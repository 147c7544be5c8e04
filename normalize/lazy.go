package normalize

import (
	"sync"
	"sync/atomic"
	"unsafe"
)

// lazy is a table built on first use and safe for concurrent use: what
// sync.OnceValue does, with a fast path small enough to inline (one load
// and a test). The tables a comparison reads for every word or pair
// (wgTables, legalFormTable, cantoLead, wordInfoBits) cost `names match`
// 1.4% more instructions through sync.OnceValue's call; built in init,
// they cost every bitext process its start-up, though most never compare
// a name.
type lazy[T any] struct{ lazyPtr }

// lazyPtr is lazy's state, outside the generic type so that get stays
// within the inlining budget: p is the *T once built.
type lazyPtr struct {
	once  sync.Once
	p     unsafe.Pointer
	build func() unsafe.Pointer
}

// newLazy returns the lazy table that build makes.
func newLazy[T any](build func() T) *lazy[T] {
	return &lazy[T]{lazyPtr{build: func() unsafe.Pointer { t := build(); return unsafe.Pointer(&t) }}}
}

// get returns the table, building it if no call has yet.
func (l *lazy[T]) get() T {
	p := atomic.LoadPointer(&l.p)
	if p == nil {
		p = l.slow()
	}
	return *(*T)(p)
}

func (l *lazyPtr) slow() unsafe.Pointer {
	l.once.Do(func() { atomic.StorePointer(&l.p, l.build()) })
	return atomic.LoadPointer(&l.p)
}
