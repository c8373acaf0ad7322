package awstest

import (
	"os/exec"
	"syscall"
)

// sysProcAttr puts the server in its own process group and has the kernel kill it
// if the test binary dies without running Main's cleanup (a panic, a timeout, a
// SIGKILL), so no server is left behind.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

// terminate signals the server's process group.
func terminate(cmd *exec.Cmd, kill bool) {
	sig := syscall.SIGTERM
	if kill {
		sig = syscall.SIGKILL
	}
	_ = syscall.Kill(-cmd.Process.Pid, sig)
}
