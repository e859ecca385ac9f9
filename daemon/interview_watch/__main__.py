from interview_watch.cli import main

raise SystemExit(main())
