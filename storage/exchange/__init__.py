"""Team work without a server: researchers' names, and exchange files between copies of one study.

- `researchers.py`: who is working (the names codings, memos and transcript corrections carry);
- `points.py`: "since when" for an export, and the record of exchanges made;
- `container.py`: the encrypted exchange file itself (an SQLCipher database with its own passphrase);
- `collect.py`: what one researcher changed since a point;
- `merge.py`: merging a file into another copy (three-way, against the version both last agreed on);
- `conflicts.py`: what a merge did not decide alone, listed and resolved by the researcher.

See docs/teamwork.md for the workflow.
"""
