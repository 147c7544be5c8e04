//go:build !linux

package sqlite

// HoldServe is the Linux one's (an open file description lock); other
// systems hold nothing, and a second server is not refused.
func HoldServe(path string, write bool) (release func() error, err error) {
	return func() error { return nil }, nil
}
