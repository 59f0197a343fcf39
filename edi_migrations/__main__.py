import sys

from edi_migrations.cli.commands import main

sys.exit(main())
