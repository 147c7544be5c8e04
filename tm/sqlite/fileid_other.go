//go:build !unix

package sqlite

// fileID has no device and inode to give on this system: Identity names
// the file by its resolved path.
func fileID(string) (string, bool) { return "", false }
