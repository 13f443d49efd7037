#!/usr/bin/env python3
"""Outside check for the case calendar (issue 19): plays scenarios through `laget play --plain`
(always the first choice shown, always the longest, and N random plays) and checks every scene
header and every debrief timeline date against weekends, the Norwegian public holidays computed
here (dateutil's Easter, not laget's) and the closed days the file declares. Exit 1 if any falls
on a closed day. Needs python3-dateutil.

Usage: tools/calendar_check.py path/to/laget scenarios/*.ron [--plays N]"""
import datetime as dt, json, os, random, re, subprocess, sys
from dateutil.easter import easter

def holidays(y):
    e = easter(y)
    d = lambda n: e + dt.timedelta(days=n)
    return {dt.date(y,1,1), d(-3), d(-2), e, d(1), dt.date(y,5,1), dt.date(y,5,17), d(39), d(49), d(50),
            dt.date(y,12,25), dt.date(y,12,26)}

def closed(day, declared):
    return day.weekday() >= 5 or day in holidays(day.year) or day in declared

MONTHS = {m: i+1 for i, m in enumerate("January February March April May June July August September October November December".split())}
HEADER = re.compile(r"── (\w+) (\d+) (\w+) (\d{4}), (\d\d):(\d\d) · day (\d+) ──")

def declared_days(path):
    text = open(path, encoding="utf-8").read()
    m = re.search(r"calendar:\s*\(\s*closed:\s*\[(.*?)\]", text, re.S)
    out = set()
    if m:
        for entry in re.findall(r'"([^"]+)"', m.group(1)):
            a, _, b = entry.partition("..")
            a = dt.date.fromisoformat(a); b = dt.date.fromisoformat(b) if b else a
            while a <= b:
                out.add(a); a += dt.timedelta(days=1)
    return out

def play(laget, path, strategy, seed, home):
    p = subprocess.Popen([laget, "--lang", "en", "--home", home, "play", path, "--plain", "--seed", str(seed),
                          "--format", "json"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # Only the drill's own lines go to stderr with --format json; a broken file's diagnostics too.
    rng = random.Random(seed)
    buf = b""
    while True:
        ch = p.stderr.read(1)
        if not ch:
            break
        buf += ch
        if buf.endswith(b"\n> ") or buf == b"> ":
            block = buf.decode("utf-8", "replace").rsplit("chooses", 1)[-1]
            opts = re.findall(r"^  (\d+)\) (.*)$", block, re.M)
            if not opts:
                n = "1"
            elif strategy == "first":
                n = opts[0][0]
            elif strategy == "longest":
                n = max(opts, key=lambda o: len(o[1]))[0]
            else:
                n = rng.choice(opts)[0]
            try:
                p.stdin.write((n + "\n").encode()); p.stdin.flush()
            except BrokenPipeError:
                break
    out = p.stdout.read()
    p.wait()
    err = buf.decode("utf-8", "replace")
    dates = []
    for m in HEADER.finditer(err):
        dates.append(("header", dt.date(int(m.group(4)), MONTHS[m.group(3)], int(m.group(2))), m.group(0)))
    try:
        deb = json.loads(out)
        for t in deb.get("timeline", []):
            dates.append(("timeline " + t.get("kind", ""), dt.date.fromisoformat(t["date"][:10]), t.get("text", "")))
    except Exception:
        return None, p.returncode
    return dates, p.returncode

def main():
    args = sys.argv[1:]
    plays = 40
    if "--plays" in args:
        i = args.index("--plays"); plays = int(args[i+1]); del args[i:i+2]
    laget, paths = args[0], args[1:]
    home = os.path.join(os.environ.get("TMPDIR", "/tmp"), "laget-calendar-check")
    os.makedirs(home, exist_ok=True)
    total = 0
    for path in paths:
        declared = declared_days(path)
        bad = {}
        runs = [("first", 0), ("longest", 0)] + [("random", s) for s in range(1, plays + 1)]
        for strategy, seed in runs:
            dates, rc = play(laget, path, strategy, seed, home)
            if dates is None:
                print(f"{os.path.basename(path)}: {strategy} {seed}: the play gave no debrief (exit {rc})")
                total += 1
                break
            for kind, d, what in dates:
                if closed(d, declared):
                    key = (kind.split()[0], d, what[:60])
                    bad.setdefault(key, []).append(f"{strategy}:{seed}")
        days = sorted({k[1] for k in bad})
        print(f"{os.path.basename(path)}: {len(bad)} closed-day scene headers/timeline entries, "
              f"{len(days)} distinct closed dates")
        for k in sorted(bad)[:6]:
            print(f"   {k[0]} {k[1]} {k[1].strftime('%a')} {k[2]!r} e.g. {bad[k][0]}")
        total += len(bad)
    sys.exit(1 if total else 0)

main()
