"""The naive client: FETCH BODY.PEEK[] of every message of INBOX and Sent, in batches.

Run as a child by first_sync.py so its time and peak RSS compare with `poll --once`:
    python benchmarks/naive_fetch.py HOST PORT USER CA_FILE   (password in $IW_BENCH_PASSWORD)
Prints one line of JSON: messages, bytes (message bytes received).
"""

from __future__ import annotations

import json
import os
import ssl
import sys

from imapclient import IMAPClient

BATCH = 500


def main() -> None:
    host, port, user, ca_file = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    context = ssl.create_default_context(cafile=ca_file)
    client = IMAPClient(host, port, ssl=True, ssl_context=context, timeout=60)
    client.login(user, os.environ["IW_BENCH_PASSWORD"])
    messages = size = 0
    for folder in ("Sent", "INBOX"):
        client.select_folder(folder, readonly=True)
        uids = client.search("ALL")
        for start in range(0, len(uids), BATCH):
            response = client.fetch(uids[start:start + BATCH], [b"BODY.PEEK[]", b"INTERNALDATE"])
            for data in response.values():
                messages += 1
                size += len(data[b"BODY[]"])
            del response
    client.logout()
    print(json.dumps({"messages": messages, "bytes": size}))


if __name__ == "__main__":
    main()
