package tm

import (
	"os"
	"os/user"
)

// CurrentUser is who changes the TM when no one is named, for the creation
// and change ids of units (ImportOptions.By, UnitEdit.By): $USER, else
// $LOGNAME, else the name of the process's account, else "". A cron job,
// a container or a system service often runs without $USER; its units
// then still say who made them.
func CurrentUser() string {
	for _, v := range []string{"USER", "LOGNAME"} {
		if u := os.Getenv(v); u != "" {
			return u
		}
	}
	if u, err := user.Current(); err == nil {
		return u.Username
	}
	return ""
}
