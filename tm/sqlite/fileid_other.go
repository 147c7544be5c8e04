//go:build !unix

package sqlite

// fileID has no device and inode to give on this system: Identity names
// the file by its resolved path.
func fileID(string) (string, bool) { return "", false }

// onReadOnlyFS: no read-only mounts are told apart on this system.
func onReadOnlyFS(string) bool { return false }

// isReadOnlyFS: no read-only mounts are told apart on this system.
func isReadOnlyFS(error) bool { return false }

// notWritable: a file's permissions are not read on this system; a
// write refused says so then.
func notWritable(string) bool { return false }
