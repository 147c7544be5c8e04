package cmdutil

import (
	"runtime/debug"
	"testing"
)

func TestVersionOf(t *testing.T) {
	for _, c := range []struct {
		settings []debug.BuildSetting
		want     string
	}{
		{nil, "0.1.0-dev"},
		{[]debug.BuildSetting{{Key: "vcs", Value: "git"}}, "0.1.0-dev"},
		{[]debug.BuildSetting{{Key: "vcs.revision", Value: "a1c8317f2b4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c"},
			{Key: "vcs.time", Value: "2026-12-06T08:26:00Z"}, {Key: "vcs.modified", Value: "false"}},
			"0.1.0-dev (commit a1c8317f2b4e, 2026-12-06T08:26:00Z)"},
		{[]debug.BuildSetting{{Key: "vcs.revision", Value: "a1c8"}, {Key: "vcs.modified", Value: "true"}},
			"0.1.0-dev (commit a1c8, modified)"},
	} {
		if got := versionOf("0.1.0-dev", c.settings); got != c.want {
			t.Errorf("versionOf(%v) = %q, want %q", c.settings, got, c.want)
		}
	}
}
