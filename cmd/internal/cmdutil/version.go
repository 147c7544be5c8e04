package cmdutil

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/spf13/cobra"
)

// SetVersion gives root its --version: "bitext version " and Version's
// string, then a line with the first 12 hex digits of the SHA-256 of the
// running binary ("binary sha256 3f2a..."), which tells two builds apart
// where the go command recorded no commit (GOFLAGS=-buildvcs=false, a
// build outside a checkout). The binary is read only when --version is
// asked for.
func SetVersion(root *cobra.Command, release string) {
	root.Version = Version(release)
	addBinarySum() // cobra's template functions are global: added once
	root.SetVersionTemplate(`{{with .Name}}{{printf "%s " .}}{{end}}{{printf "version %s" .Version}}
{{with binarySum}}{{printf "binary sha256 %s" .}}
{{end}}`)
}

var addBinarySum = sync.OnceFunc(func() { cobra.AddTemplateFunc("binarySum", binarySum) })

// binarySum is the first 12 hex digits of the running binary's SHA-256,
// or "" when it cannot be read.
func binarySum() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// Version is release with the commit the binary was built from, as the go
// command records it when it builds in a git checkout: "0.1.0-dev (commit
// a1c8317f2b4e, 2026-12-06T08:26:00Z)", with ", modified" when the checkout
// had changes. Every build said "0.1.0-dev", so an IT team could not tell
// two builds apart (ops48). A binary built without version control
// information (go test, go run, -buildvcs=false) gives release alone.
func Version(release string) string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return release
	}
	return versionOf(release, bi.Settings)
}

// versionOf is Version for the build settings given.
func versionOf(release string, settings []debug.BuildSetting) string {
	var rev, at string
	modified := false
	for _, s := range settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if rev == "" {
		return release
	}
	parts := []string{"commit " + rev[:min(len(rev), 12)]}
	if at != "" {
		parts = append(parts, at)
	}
	if modified {
		parts = append(parts, "modified")
	}
	return release + " (" + strings.Join(parts, ", ") + ")"
}
