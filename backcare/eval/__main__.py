"""`python -m backcare.eval`: the command is backcare.eval.command."""

import sys

if __name__ == "__main__":
    # before anything else is imported: a json.py or argparse.py in the current directory would
    # run (hostile10 10), as backcare.safepath says; imported by tests, sys.path is left alone
    from backcare.safepath import drop_current_directory

    drop_current_directory()

from backcare.eval.command import main

if __name__ == "__main__":
    sys.exit(main())
