"""Entry point of the built app (build.spec): the same `veldwerk` command, frozen.

Without arguments it opens the desktop app; `--selftest` runs the offline self-test;
any subcommand works as in a source install.
"""
import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen child process must not rerun the app
    from desktop.cli import entry

    entry()
