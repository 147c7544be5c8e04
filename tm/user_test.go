package tm

import (
	"os/user"
	"testing"
)

// TestCurrentUser: $USER first, then $LOGNAME, then the account's name
// (units made without $USER had no creation id).
func TestCurrentUser(t *testing.T) {
	t.Setenv("USER", "ana")
	t.Setenv("LOGNAME", "bo")
	if got := CurrentUser(); got != "ana" {
		t.Errorf("CurrentUser with $USER=ana = %q", got)
	}
	t.Setenv("USER", "")
	if got := CurrentUser(); got != "bo" {
		t.Errorf("CurrentUser with $LOGNAME=bo = %q", got)
	}
	t.Setenv("LOGNAME", "")
	u, err := user.Current()
	if err != nil {
		t.Skipf("no account name to compare with: %v", err)
	}
	if got := CurrentUser(); got != u.Username || got == "" {
		t.Errorf("CurrentUser without $USER and $LOGNAME = %q; want the account's name %q", got, u.Username)
	}
}
