//go:build !linux

package awstest

import (
	"os"
	"os/exec"
	"syscall"
)

// sysProcAttr has nothing to add outside Linux: Main stops the server.
func sysProcAttr() *syscall.SysProcAttr { return nil }

// terminate signals the server process.
func terminate(cmd *exec.Cmd, kill bool) {
	if kill {
		_ = cmd.Process.Kill()
		return
	}
	_ = cmd.Process.Signal(os.Interrupt)
}
