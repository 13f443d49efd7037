## General
cli-error = error
dimension-role_clarity = Role clarity
dimension-child_voice = Child's voice
dimension-decision_timing = Decision timing

## laget list
list-skipped = note: skipped {$path}: it has errors (run `laget check {$path}`)
list-empty = No scenarios found.
list-line = languages: {$languages} · {$minutes} min · {$roles} roles

## laget check
check-help-label = help
check-not-found = no such file or directory
check-summary = Checked {$files ->
    [one] one file
   *[other] {$files} files
  }: {$errors ->
    [one] one error
   *[other] {$errors} errors
  }, {$warnings ->
    [one] one warning
   *[other] {$warnings} warnings
  }.
check-syntax = the file is not valid RON: {$detail}
check-syntax-help = look at the marked place and just before it: a missing comma, bracket or quote is the usual cause
check-unknown-field = unknown field `{$field}`{$outer ->
    [none] {""}
   *[other] {" "}in {$outer}
  }
check-unknown-field-help = {$suggestion ->
    [none] the fields allowed here are: {$expected}
   *[other] did you mean `{$suggestion}`? The fields allowed here are: {$expected}
  }
check-missing-field = the field `{$field}` is missing{$outer ->
    [none] {""}
   *[other] {" "}in {$outer}
  }
check-missing-field-help = add `{$field}: …` here; docs/scenario-format.md lists every field
check-bad-value = this value does not fit here: {$detail}
check-bad-value-help = {$expected ->
    [none] compare with the example in docs/scenario-format.md
   *[other] expected: {$expected}
  }
check-too-large = the file is {$size} MB, more than the limit of {$limit} MB
check-too-large-help = split the scenario, or check that this is the file you meant
check-too-deep = brackets are nested more than {$limit} deep
check-too-deep-help = a scenario never needs this much nesting; check for unclosed brackets or a damaged file
check-not-utf8 = the file is not UTF-8 text (byte {$byte})
check-not-utf8-help = save the file as UTF-8 in your editor
check-empty = the file is empty
check-empty-help = start from `laget new ID`, or the example in docs/scenario-format.md
check-too-many = too many {$what ->
    [text] characters in one text
    [scenes] scenes
    [roles] roles
   *[choices] choices in one scene
  }: the limit is {$limit}
check-too-many-help = split the scenario or shorten the text
check-unreadable = the file cannot be read: {$reason}
check-unreadable-help = check the path and the file's permissions
check-control-char = the file contains a control character (or an escape that makes one)
check-control-char-help = remove it: scenario text is shown on terminals, where control characters could change what the screen shows
check-duplicate-id = the id "{$name}" is used twice
check-duplicate-id-help = give each one its own id
check-unknown-scene = there is no scene "{$name}"
check-unknown-scene-help = {$suggestion ->
    [none] check the spelling, or add a scene with this id
   *[other] did you mean {$suggestion}?
  }
check-unknown-role = there is no role "{$name}"
check-unknown-role-help = {$suggestion ->
    [none] add it under `roles`, or use a catalogue role id (docs/scenario-format.md)
   *[other] did you mean {$suggestion}?
  }
check-unknown-responsibility = no role has the responsibility "{$name}"
check-unknown-responsibility-help = {$suggestion ->
    [none] add it to the `responsibilities` of the role that owns it
   *[other] did you mean {$suggestion}?
  }
check-unknown-key-decision = there is no key decision "{$name}"
check-unknown-key-decision-help = {$suggestion ->
    [none] declare it under `key_decisions`
   *[other] did you mean {$suggestion}?
  }
check-unknown-flag = there is no flag "{$name}"
check-unknown-flag-help = {$suggestion ->
    [none] declare it under `flags`
   *[other] did you mean {$suggestion}?
  }
check-unknown-counter = there is no counter "{$name}"
check-unknown-counter-help = {$suggestion ->
    [none] declare it under `counters`
   *[other] did you mean {$suggestion}?
  }
check-unknown-inject = there is no inject "{$name}"
check-unknown-inject-help = {$suggestion ->
    [none] declare it under `injects`
   *[other] did you mean {$suggestion}?
  }
check-unknown-language = "{$name}" is not a language laget knows here
check-unknown-language-help = use "nb", "nn" or "en"; a translation's `translation_of` must name another language than its own
check-bad-date = "{$value}" is not a valid date
check-bad-date-help = write "YYYY-MM-DD" or "YYYY-MM-DD HH:MM", e.g. "2026-09-07 08:00"
check-misplaced-next = the choice "{$name}" is in a round and cannot have its own `next`
check-misplaced-next-help = remove it: a round goes on to the round's `next` when every role has chosen
check-missing-next = the choice "{$name}" has no `next`
check-missing-next-help = add `next: "scene-id"` to say where the drill goes after this choice
check-round-choice-role = the choice "{$name}" in a round needs a role that takes part in the round{$role ->
    [none] {""}
   *[other] {" "}("{$role}" does not)
  }
check-round-choice-role-help = add `role: "…"` with one of the round's `roles`
check-not-an-ending = "{$name}" is not an Ending scene
check-not-an-ending-help = the clock's `timeout` must name an Ending scene: it is where the drill ends when time runs out
check-not-playable = the role "{$name}" cannot be played by a person
check-not-playable-help = choose a playable role, or set `playable: true` on it
check-bad-exemplary-step = "{$name}" is not a choice in this scenario
check-bad-exemplary-step-help = write each step as "scene-id.choice-id"
check-unreachable = the scene "{$name}" can never be reached
check-unreachable-help = lead to it from a choice or a `next`, or remove it
check-dead-end = the scene "{$name}" has no choices, so the drill would stop here
check-dead-end-help = add choices, or make it an Ending
check-no-ending = from the scene "{$name}" no ending can be reached
check-no-ending-help = make sure some path from here leads to an Ending scene; otherwise only the timeout would end the drill
check-zero-time-cycle = the scenes {$scenes} form a loop in which no time passes
check-zero-time-cycle-help = give one step of the loop an `elapsed` time, so that the horizon is reached in the end
check-key-decision-unreachable = the key decision "{$name}" can never be made
check-key-decision-unreachable-help = add `decides: "{$name}"` to a choice in a reachable scene
check-exemplary-not-legal = the exemplary path is not a legal play: {$detail}
check-exemplary-not-legal-help = list, in order, the choices people make (not the computer's) from the start to an ending, as "scene.choice"
check-impossible-condition = these conditions can never all hold: {$detail}
check-impossible-condition-help = remove one of the conditions that contradict each other
check-window-order = the window of "{$name}" ends before it starts
check-window-order-help = it must be ideal_from ≤ ideal_to ≤ latest
check-negative-duration = the duration {$value} is negative (or zero where time must pass)
check-negative-duration-help = simulated time only runs forward: use zero or more (the horizon must be more than zero)
check-duration-too-large = the duration {$value} is too large
check-duration-too-large-help = durations are limited to 100 years
check-bad-percent = {$value} is not a percentage
check-bad-percent-help = write a chance from 0 to 100
check-translation-differs = this translation does not have the same structure as the original ({$lang}). Missing: {$missing}. Extra: {$extra}. Different: {$differs}
check-translation-differs-help = a translation changes text only: the same ids, scenes, choices and targets as the original
check-duplicate-translation = there is already a "{$name}" version of this scenario: {$other}
check-duplicate-translation-help = keep one file per language
check-original-missing = the original ({$lang}) of "{$name}" was not found
check-original-missing-help = put the original beside this file, named "{$name}.{$lang}.ron"
check-role-never-acts = the role "{$name}" never acts in this scenario
check-role-never-acts-help = give it a decision or a part in a round, or set `playable: false`
check-no-voice-opportunity = the scenario has no child's-voice opportunity, so it cannot measure the child's voice
check-no-voice-opportunity-help = add a `voice_opportunities` entry for a scene where the child could be informed, heard or involved
check-voice-outside-opportunity = the choice "{$name}" sets `child_voice` in a scene no opportunity covers, so it is not scored
check-voice-outside-opportunity-help = add the scene to a `voice_opportunities` entry
check-all-choices-conditional = every choice in "{$name}" has conditions; if none holds, the drill ends in "{$timeout}"
check-all-choices-conditional-help = give at least one choice no condition, unless that ending is what you want
check-unused-flag = the flag "{$name}" is never read
check-unused-flag-help = use it in a condition, or remove it
check-exemplary-not-good = the exemplary path scores below 80: {$detail}
check-exemplary-not-good-help = the exemplary path should show good practice: check its choices' facts (performs, child_voice, decides) and the windows
check-length-tell = the exemplary choice is the longest text in {$longest} of {$decisions} decisions on the exemplary path: a room learns to pick the longest answer
check-length-tell-help = make wrong options as full as the right one (what a tired, kind, busy professional would really say), or the right one shorter; `laget explore` shows what always picking the longest scores

## Debrief
mode-group = group
mode-solo = solo
band-strong = strong
band-partial = partial
band-weak = weak
debrief-title = Debrief: {$title}
debrief-meta = Seed {$seed} · {$mode} mode
debrief-what-happened = What happened
debrief-ending = Ending: {$title}
debrief-not-ended = The drill stopped before an ending.
debrief-dimension = Dimension
debrief-score = Score
debrief-day = day {$day}
timeline-first-concern = the first concern (uro)
timeline-key-decision = key decision: {$text}
timeline-inject = inject: {$text}
timeline-ending = ending: {$text}
interval-first-action = From the first concern to the first action: {$days ->
    [one] one day
   *[other] {$days} days
  }
interval-no-action = No action was taken on the concern.
interval-decision = From the first concern to “{$subject}”: {$days ->
    [one] one day
   *[other] {$days} days
  }
interval-decision-never = “{$subject}” was never decided
interval-end = The case ran for {$days ->
    [one] one day
   *[other] {$days} days
  } in all
debrief-no-evidence = Nothing in this play bore on this dimension.
debrief-plus-delta = Plus and delta
debrief-departure = Where the path left the exemplary path
debrief-departure-exemplary = Good practice here: {$text}
debrief-departure-taken = The team chose: {$text}
debrief-departure-cost = Points against the exemplary path: role clarity {$rc}, the child's voice {$cv}, decision timing {$dt}.
debrief-roles = Role clarity per role
debrief-role-line = {$name}: {$for} for, {$against} against ({$score})
debrief-conversations = Conversations
debrief-state-change = {$label}: {$from} → {$to}
debrief-notes = Facilitator notes
phase-reactions = Reactions
phase-analysis = Analysis
phase-summary = Summary
debrief-learning = Learning points
rule-own_responsibility = own responsibility carried out: {$subject}
rule-clear_lead = one service took the lead in the round
rule-passes_on = passed the case on instead of acting
rule-oversteps = took another service's responsibility: {$subject}
rule-parallel_measures = parallel measures in the same round
rule-no_lead = nobody took the lead in the round
rule-several_leads = several services claimed the lead in the round
rule-needed_not_performed = nobody did this: {$subject}
rule-opportunity_used = gave the child's voice the room it could have here ({$points}/100)
rule-opportunity_missed = missed: {$subject} ({$points}/100)
rule-in_window = {$subject}: in good time ({$points}/100)
rule-early = {$subject}: before there were grounds for it ({$points}/100)
rule-late = {$subject}: late ({$points}/100)
rule-after_latest = {$subject}: after the latest acceptable time ({$points}/100)
rule-never_made = {$subject}: never decided (0/100)
rule-not_applicable = {$subject}: does not apply in this play (not counted)
quality-warm = warm
quality-honest = honest
quality-clear = clear
quality-acknowledges = acknowledges
quality-opens = opens
quality-reflects_back = reflects back
quality-reassures = reassures
quality-takes_responsibility = takes adult responsibility
quality-evades = evades
quality-frightens = frightens
quality-closes = closes
quality-leads = leading
quality-pressures = pressures
quality-blames = blames

## Plain mode
plain-turn = {$role} chooses:
plain-round-turn = Round: {$role} chooses their own action:
plain-not-a-choice = Not a choice: answer with a number from 1 to {$max}, or /help.
plain-note-saved = Note saved.
plain-injects = Injects you can trigger (/inject ID):
plain-inject-random = may also happen by itself
plain-no-such-inject = There is no inject “{$id}”. /inject lists them.
plain-inject-not-now = The inject “{$id}” cannot happen now.
plain-undone = The last decision was undone.
plain-nothing-to-undo = There is no decision to undo.
plain-brief-for = Only {$role} reads this:
plain-no-brief = (This role has no private brief.)
plain-commands = Commands: /note TEXT, /inject, /inject ID, /undo, /brief, /quit
plain-feedback = Feedback
plain-qualities = In the conversation
plain-date = {$weekday} {$day} {$month} {$year}, {$time} · day {$n}
plain-ending = The end: {$title}
plain-horizon = Time ran out for this case.
plain-stuck = No choice was possible here: the drill ends.
plain-replay-failed = Session {$session} no longer fits its scenario and cannot be resumed.
plain-stopped = Session saved. Resume with: laget resume {$session}
plain-seed = Seed: {$seed}
weekday-0 = Monday
weekday-1 = Tuesday
weekday-2 = Wednesday
weekday-3 = Thursday
weekday-4 = Friday
weekday-5 = Saturday
weekday-6 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Commands
cli-unknown-scenario = There is no scenario "{$name}". Known scenarios: {$known}. A path to a .ron file works too.
cli-unknown-role = "{$name}" is not a role a person can play here. Choose one of: {$known}
cli-unknown-scene = There is no scene "{$name}" in this scenario.
cli-no-finished = There is no finished session to give the debrief of. `laget sessions` lists them.
cli-no-unfinished = There is no unfinished session to resume. `laget sessions` lists them.
cli-already-finished = Session {$session} is finished. `laget debrief {$session}` shows its debrief.
cli-not-finished = Session {$session} is not finished yet. Resume it with: laget resume {$session}
cli-scenario-changed = Note: the scenario has changed since this session started; the session goes on with the version it started with.
sessions-none = No saved sessions.
sessions-finished = finished
sessions-unfinished = not finished

## Terminal UI
tui-no-terminal = The full-screen drill needs a terminal (try --plain)
tui-stdout-not-terminal = The full-screen drill needs a terminal on standard output, but standard output goes to a file or a pipe. Use --plain to play line by line into a file or a pipe.
tui-paste-ignored = A paste goes only into a note (n): it was set aside, and nothing was chosen.
tui-paused-hold = Paused: no choice is taken. Press p to go on.
tui-so-far = So far
tui-so-far-intro = The drill goes on where it stopped. This is what has happened so far; Enter goes on to the decision that is waiting.
tui-too-small = The window is too small for the drill: make it at least {$w}×{$h} characters, or use a smaller font.
tui-home-title = Scenarios
tui-details = About the scenario
tui-target-group = For
tui-duration-minutes = {$label}: {$minutes} min
tui-duration = Duration
tui-roles = Roles
tui-objectives = Learning objectives
tui-keys-home = ↑↓ choose · Enter set up · r resume saved session · ? help · q quit
tui-keys-setup = ↑↓ field · ←→ change · Enter start · Esc back · ? help
tui-keys-play = 1–9 choose · b brief · i inject · n note · u undo · p pause · ? help · q quit
tui-keys-solo = 1–9 choose · g gauge · b brief · n note · u undo · p pause · ? help · q quit
tui-keys-paused = p go on · n note · ? help · q quit
tui-keys-page = Enter/Space go on · n note · u undo · ? help · q quit
tui-keys-debrief = ↑↓ PgUp PgDn Home End · 1–{$last}/Tab section · e export · ? help · q quit
tui-keys-ending = ↑↓ scroll · e export · ? help · q quit
tui-setup-title = Set up the drill
tui-mode = Mode
tui-mode-group = group (everyone plays)
tui-mode-solo = solo (practise alone)
tui-your-role = Your role
tui-coaching = Feedback after each choice
tui-on = on
tui-off = off
tui-seed = Seed
tui-setup-group-hint = Group mode: the people in the room play every role; the screen shows whose turn it is.
tui-setup-solo-hint = Solo: you play one role; the program plays the others and gives feedback as you go.
tui-setup-start = Press Enter to start.
tui-paused = (paused)
tui-story = The case
tui-event = Inject
tui-continue = Enter: go on
tui-actor = {$role} chooses
tui-actor-round = Round: {$role} chooses their own action
tui-choices = Choices
tui-how-to-choose = Nothing is chosen yet: press a choice's number, or move with ↑/↓ and press Enter.
tui-board = Team board
tui-board-legend = ▶ to choose  ✓ has chosen in this round  ● present  ○ away
tui-inject-done = Inject: {$title}
tui-exported = Saved: {$md} and {$json}
tui-quit-title = Quit?
tui-quit = Quit laget? y / Enter: yes · any other key: no
tui-quit-saved = Stop the drill? It is saved and can be resumed. y: yes · Enter or any other key: no
tui-injects-title = Trigger an inject (1–9 or ↑↓ Enter, Esc: cancel)
tui-choice-not-shown = Choice {$n} was not on screen: it is shown now. Press {$n} or Enter to take it.
tui-injects-how = Nothing is chosen yet: press the inject's number, or move with ↑↓ and press Enter.
tui-no-injects = No inject can happen at this point of the drill.
tui-note-title = Facilitator note (Enter: save, Esc: cancel)
tui-brief-title = Private brief
tui-brief-gate = Next comes the private brief for {$role}, not for the room: turn the projector off or hand the screen to {$role} first. Enter: show the brief · any other key: back
tui-help-title = Help
tui-help-text =
    Home: ↑↓ choose a scenario · Enter set it up · r resume the latest saved session.
    Set-up: ↑↓ field · ←→ change · Enter start · t countdown · h role cards · g gauge (solo).
    Play: 1–9 takes that choice for the role whose turn it is; or ↑↓ and then Enter.
    Enter or Space goes on when there is nothing to choose.
    b private brief (only that role looks) · i injects · n note · u undo the last decision.
    p pause (the timer and the choices) · g how the other person is doing (solo) · PgUp/PgDn scroll.
    Debrief: the ending first, Enter for the report · ↑↓ PgUp PgDn Home End scroll · a digit or Tab: a section · e save as Markdown and JSON.
    q quits (asking first); a drill in progress is saved, and `laget resume` goes on with it. Ctrl-C twice quits at once.
    ↑↓ PgUp PgDn scroll this help; any other key closes it.
tui-date = {$weekday} {$day} {$month} {$year} · day {$n} since the first concern
tui-date-medium = {$weekday} {$day} {$month} {$year} · day {$n}
tui-date-short = {$year}-{$month}-{$day} · day {$n}
tui-more-below = more ↓
tui-more-above = more ↑
tui-signal-left = Stopped by a signal. Nothing is lost: no drill was left unfinished.
tui-signal-stopped = Stopped by a signal. Every decision is saved: `laget resume --latest` carries on.

## Handouts
handout-index-title = Role cards: {$title}
handout-about-role = Your role
handout-responsibilities = What your role is responsible for
handout-brief = Only for you
handout-privacy = A fictional case for a drill. Do not add real information about any child.
tui-labels = Who plays which role (optional: ↓ to a role and type initials; never a child's name)
tui-label-empty = (the role name)
## laget explore
explore-title = Explored {$title} ({$id}): {$walks ->
    [one] one walk
   *[other] {$walks} walks
  }, {$steps ->
    [one] one choice
   *[other] {$steps} choices
  } · {$mode} mode · seed {$seed}
explore-exhaustive = Every distinct path, each played with seed {$seed} (random injects fire as that seed decides on each path).
explore-complete = Every path was enumerated.
explore-cut-paths = Stopped after {$limit ->
    [one] one path
   *[other] {$limit} paths
  }: the scenario has more (raise --max-paths to go on).
explore-cut-depth = Paths longer than {$limit} decisions were cut there.
explore-speed = Time: {$seconds} s · {$walks} walks/s · {$steps} choices/s
explore-no-walks = No walks were played.
explore-endings = Endings
explore-scores = Scores (lowest · lower quartile · median · upper quartile · highest)
explore-unreached-scenes = Scenes never reached
explore-unreached-choices = Choices never taken
explore-dead-choices = Dead choices (no probe showed a different ending or score from a sibling)
explore-dead-line = {$choice}: same ending and scores as {$same} ({$probes} comparisons)
explore-strategies = Naive strategies (mean role clarity/child's voice/timing; share of plays strong on all):
explore-strategy-first = always the first shown
explore-strategy-longest = always the longest text
explore-strategy-shortest = always the shortest text
explore-strategy-line = {$strategy}: {$scores} (mean {$mean}), all strong in {$strong}% of {$plays} plays
explore-tell = TELL: "{$strategy}" scores close to the best path or is often strong on everything; a room will find it. Rewrite the choices so that position and length give nothing away.
explore-tell-first = TELL: "{$strategy}" (a random pick, since the order shown is drawn from the seed) scores close to the best path or is often strong on everything: too few decisions, or too few real alternatives at them, for chance not to win.
explore-no-tell = No naive strategy comes within 15 points of the best path or is all strong in more than 10% of plays.
explore-none = none
explore-best = Best path
explore-worst = Worst path
explore-path = seed {$seed} · ending {$ending} · scores {$scores}
explore-replay = replay: {$command}

## laget new
new-bad-id = "{$id}" cannot be a scenario id: use 1 to {$max} lowercase letters (a–z), digits, '-' and '_', starting with a letter or digit
new-exists = {$path} already exists; laget new never overwrites a file. Choose another id or --out folder, or move the file away
new-cannot-write = cannot write {$path}: {$reason}
new-written = Wrote {$scenario} and {$guide}. Check it with: laget check {$scenario}

## Session files
store-not-found = There is no session "{$which}" (looked for {$path}). `laget sessions` lists them.
store-empty = The session file {$path} is empty: it was created but never written.
store-damaged = The session file {$path} is damaged and was left as it is ({$detail}).
store-format = The session file {$path} has format {$found}; this laget reads format {$expected}.
store-bad-id = "{$id}" is not a session id (letters, digits, - and _ only).
store-bad-scenario = The scenario stored in session {$session} has errors or no longer fits the session, so it cannot be played on.
store-io = Cannot write {$path}: {$detail}
store-too-many = Too many sessions were started in the same second; try again.
cli-no-home = There is no data directory: give --home DIR or set LAGET_HOME.
tui-no-solo-role = This scenario has no role you can play alone: choose group mode.

## calendar (issue 19)
check-bad-closed-day = "{$value}" is not a closed day
check-bad-closed-day-help = write a date "YYYY-MM-DD" or a range "YYYY-MM-DD..YYYY-MM-DD" (first day first), e.g. "2026-10-05..2026-10-09"
check-bad-anchor-time = "{$value}" in "{$scene}" is not a time of day
check-bad-anchor-time-help = write "HH:MM" on the 24-hour clock, e.g. "14:00"
check-start-on-closed-day = the clock starts on {$value}, a day kindergartens and schools are closed
check-start-on-closed-day-help = the first scene moves to the next open day; start on a weekday that is not a public holiday or a closed day, or mark the first scene any_day: true
check-weekday-not-in-text = "{$scene}" is anchored to NextWeekday({$weekday}, …), but its text names another weekday
check-weekday-not-in-text-help = anchor the scene on the weekday its text names, or change the text
check-key-decision-any-day = the scene "{$scene}" may happen on a closed day, and the key decision "{$name}" is taken there
check-key-decision-any-day-help = key decisions are taken when services are open: remove any_day: true, or take the decision in another scene
check-anchor-in-round = the choice "{$name}" in a round has an anchor (at), which is not used
check-anchor-in-round-help = a round moves on together: put the anchor on the scene the round leads to
interval-working-days = ({$days ->
    [one] one working day
   *[other] {$days} working days
  })
explore-closed-days = Scenes on closed days (weekends, public holidays, the scenario's closed days):
explore-closed-line = {$scene}: {$walks ->
    [one] one walk
   *[other] {$walks} walks
  }, first on {$date} ({$reason}){ $anyday ->
    [yes] , marked any_day
   *[no] {""}
}
explore-closed-decides = key decisions taken there: {$decisions}
explore-closed-why = { $kind ->
    [weekend] weekend
    [declared] a closed day of the scenario
   *[holiday] public holiday: {$name}
}
## authoring (issue 16)
syntax-comma = a comma or a closing bracket is expected here
syntax-array = a list in square brackets `[ … ]` is expected here
syntax-array-end = the list is not closed: a `]` is expected here
syntax-struct = an opening `(` is expected here
syntax-struct-end = a closing `)` is expected here
syntax-string = a text in straight quotes `"…"` is expected here
syntax-string-end = a text is not closed: its closing `"` is missing
syntax-identifier = a field name is expected here
syntax-integer = a whole number is expected here
syntax-boolean = `true` or `false` is expected here
syntax-colon = a `:` is expected here
syntax-eof = the file ends too early: a closing bracket is probably missing
syntax-trailing = something follows the end of the scenario (its last `)`)
syntax-comment = a comment is not closed
syntax-escape = a backslash `\` in a text must be followed by n, t, " or another backslash
syntax-char = unexpected character `{$char}`
check-straight-quote = a straight quote (") inside a text ends it early, after "{$text}"
check-straight-quote-help = inside a text, write «…» instead, or \" for a straight quote
check-whole-number = a whole number is needed here, not {$number}
check-whole-number-help = durations and counts are whole numbers: use a smaller unit instead (Hours(36), not Days(1.5))
check-curly-quote = the curly quote {$quote} cannot open or close a text: RON needs straight quotes (")
check-curly-quote-help = write "…" around the text (a word processor turns " into {$quote}); inside a text, curly quotes are fine
check-missing-comma = a comma is missing here, between two values
check-missing-comma-help = put a comma after every field and every item of a list: title: "…", language: "en",
check-stray-bom = an invisible byte-order mark (U+FEFF) stands here, in the middle of the file
check-stray-bom-help = delete the invisible character at the marked place (two files pasted together often leave one); a mark at the very start of a file is fine
check-round-role-absent = role "{$name}" is asked in round "{$scene}" but is never present: it has `present: false` and nothing makes it join
check-round-role-absent-help = set `present: true` on the role, or add `Join("{$name}")` to an earlier choice or inject; a round asks only the roles present at the time
check-translation-unmarked = this file looks like the {$own} translation of "{$name}" ({$lang}): it has the same id, but no `translation_of`
check-translation-unmarked-help = add `translation_of: "{$lang}"` after `language`, so that laget knows it is a translation; it was compared with its original all the same
plain-auto-said = {$role}: {$text}
graph-if = if {$x}
graph-and = and
graph-not = not {$x}
graph-visited = visited {$x}
graph-not-visited = not visited {$x}
graph-after = after {$x}
graph-before = before {$x}
graph-present = {$x} present
graph-absent = {$x} absent
graph-decided = decided {$x}
graph-not-decided = not decided {$x}
graph-injected = after inject {$x}
graph-timeout = timeout
graph-outcome-good = good
graph-outcome-mixed = mixed
graph-outcome-poor = poor
graph-unit-minutes = min
graph-unit-hours = h
graph-unit-days = d
graph-unit-working-days = wd
graph-unit-weeks = w
help-heading-usage = Usage:
help-heading-commands = Commands
help-heading-options = Options
help-heading-arguments = Arguments
help-flag-help = Print help (see more with '--help')
help-flag-version = Print version
help-laget = Preparedness drills for the team around the child (laget rundt barnet)
help-laget-long = Preparedness drills for the team around the child (laget rundt barnet). Run `laget` with no command to open the drill on the home screen. Scenarios are fictional cases written in RON; see docs/scenario-format.md, and docs/cli.md for every command.
help-laget--lang = Language of the program's own text (default: from LC_ALL, LC_MESSAGES, LANG)
help-laget--home = Where sessions, autosaves and exported debriefs live (also LAGET_HOME)
help-laget-help = Print this message or the help of the given command
help-laget-check = Validate scenario files (a directory is searched for *.ron)
help-laget-check--paths = Scenario files or directories
help-laget-check--format = Output format: human (PATH:LINE:COL lines with an excerpt) or json
help-laget-check--deny_warnings = Exit 1 on warnings too
help-laget-list = List the known scenarios
help-laget-list--format = Output format
help-laget-play = Play a scenario (the full-screen drill, or line by line with --plain)
help-laget-play--scenario = A scenario id from `laget list`, or a path to a .ron file
help-laget-play--mode = Group (every playable role decides) or solo (one role; the computer plays the rest)
help-laget-play--role = Solo: the role the player takes (default: the scenario's solo role)
help-laget-play--seed = Seed for the order of choices, injects and any chance in the drill (default: drawn and shown)
help-laget-play--coach = Show feedback after each choice (default in solo)
help-laget-play--no_coach = Hold feedback for the debrief (default in group)
help-laget-play--from = Start at this scene (for authors), with the scenario's starting state
help-laget-play--plain = Line-oriented mode for screen readers, pipes and scripts
help-laget-play--format = Format of the debrief printed at the end (and written to --debrief-out)
help-laget-play--debrief_out = Also write the debrief to this file
help-laget-resume = Continue a saved session from exactly where it stopped
help-laget-resume--session = A session id from `laget sessions`, or a session file
help-laget-resume--latest = The most recently written unfinished session (the default without SESSION)
help-laget-resume--plain = Line-oriented mode for screen readers, pipes and scripts
help-laget-resume--format = Format of the debrief printed at the end (and written to --debrief-out)
help-laget-resume--debrief_out = Also write the debrief to this file
help-laget-sessions = List saved sessions
help-laget-sessions--format = Output format
help-laget-debrief = Print the debrief of a finished session again
help-laget-debrief--session = A session id or a session file (without it: the most recently finished session)
help-laget-debrief--latest = The most recently finished session
help-laget-debrief--format = Format of the debrief
help-laget-play--full = Every piece of evidence in the debrief, not only the two or three that decided each score
help-laget-resume--full = Every piece of evidence in the debrief, not only the two or three that decided each score
help-laget-debrief--full = Every piece of evidence, not only the two or three that decided each score
help-laget-handouts = Write one printable Markdown role card per playable role into DIR
help-laget-handouts--scenario = A scenario id from `laget list`, or a path to a .ron file
help-laget-handouts--out = The folder to write the role cards in
help-laget-explore = Play the scenario many times automatically: endings, scores, coverage, dead choices
help-laget-explore--scenario = A scenario id from `laget list`, or a path to a .ron file
help-laget-explore--walks = How many random walks to play
help-laget-explore--seed = Seed from which each walk draws its own seed (with --exhaustive: the seed of every path)
help-laget-explore--exhaustive = Enumerate every distinct path instead of walking at random (up to --max-paths)
help-laget-explore--max_paths = With --exhaustive: stop after this many paths
help-laget-explore--mode = Group (every playable role decides) or solo (one role; the computer plays the rest)
help-laget-explore--role = Solo: the role the walks play (default: the scenario's solo role)
help-laget-explore--format = Output format
help-laget-graph = Print the scenario's branching structure (Graphviz DOT or Mermaid)
help-laget-graph--scenario = A scenario id from `laget list`, or a path to a .ron file
help-laget-graph--format = dot (Graphviz: laget graph S | dot -Tsvg > s.svg) or mermaid (rendered by GitHub and GitLab)
help-laget-new = Write a new scenario from a template (in the language of --lang) and a facilitator-guide stub
help-laget-new--id = The new scenario's id: lowercase letters, digits, '-' and '_'
help-laget-new--out = The folder to write <ID>.<lang>.ron and <ID>.<lang>.md in
help-laget-completions = Print shell completions
help-laget-completions--shell = The shell to complete for
explore-dead-proven = Proven: every path was enumerated, and at every decision the choices listed left the same endings and scores possible.
explore-dead-cut = Not proven: the enumeration was cut. Raise --max-paths to prove the list.
explore-dead-unproven = Not proven: random walks can miss a dead choice, or take two choices for alike. To prove the list: {$command}
check-exemplary-role-absent = step "{$step}" of the exemplary path is a choice of "{$name}", who is not present in round "{$scene}" on this path
check-exemplary-role-absent-help = a round asks only the roles present at the time: let a choice or inject on the exemplary path `Join("{$name}")` before the round, or leave the role's choices out of the path
## reliability (issue 15)
check-bad-id = "{$name}" cannot be an id: ids are written with lower-case letters a–z, digits, "-" and "_" only (1 to {$max} characters, the first a letter or a digit)
check-bad-id-help = {$suggestion ->
    [none] rename it with those characters only: ids become file names, graph labels and session names
   *[other] {$norwegian ->
        [yes] write {$suggestion}: Norwegian letters are spelt the plain way in ids (ø → o, æ → ae, å → aa)
       *[other] write {$suggestion}: ids become file names, graph labels and session names
    }
  }
check-too-many-indexed = {$count} {$what ->
    [injects] injects
    [key_decisions] key decisions
   *[responsibilities] responsibilities
  }: the limit is {$limit}
check-too-many-indexed-help = a drill is checked against every one of them at every step; merge or remove some
check-long-condition = {$count} conditions in one list: the limit is {$limit}
check-long-condition-help = every condition is evaluated at each step where it matters; split the scene or use a flag set earlier
store-locked = Session {$session} is open in another laget. Finish or quit it there first; only one laget at a time may write a session.
store-too-large = The session file {$path} is larger than any session can be ({$limit} MB); it was not read and was left as it is.
store-bad-dir = The data directory {$path} cannot be read ({$detail}). Check --home or LAGET_HOME, and the folder's permissions.
sessions-damaged = {$name}  DAMAGED, left as it is: {$reason}
cli-no-unfinished-damaged = There is no readable unfinished session to resume, but {$count ->
    [one] one session file is damaged
   *[other] {$count} session files are damaged
  }: `laget sessions` lists {$count ->
    [one] it
   *[other] them
  } with the reason.
cli-debrief-out-bad = Cannot write the debrief to {$path} ({$reason}). Nothing was started: give a file in a folder that exists and can be written to.
plain-output-closed = Standard output was closed; the drill stopped.
plain-line-too-long = An input line is longer than {$max} bytes: it was not read, and the drill stopped.
plain-debrief-out-failed = Could not write the debrief to {$path}: {$reason}. Any earlier file there is unchanged. The drill itself is saved: `laget debrief {$session} --format md` prints the debrief again.
tui-stopped-unsaved = The last save of session {$session} FAILED: the session file holds the drill up to the last save that succeeded, not the decisions since. Resume with: laget resume {$session}
tui-save-failed-title = Not saved
tui-save-failed = The drill could not be saved: {$error}
    
    Kept: {$path} holds the drill up to the last save that succeeded. What happened since is only on this screen, so the drill stops here until a save succeeds.
    
    Enter: try again · q: quit (the file keeps what it has)
tui-quit-unsaved = Stop the drill? The last save FAILED: the file holds the drill up to the last save that succeeded. y: yes · Enter or any other key: no
tui-export-failed = Could not write {$path}: {$reason}. Any earlier file there is unchanged; the drill itself is saved.
new-bad-id-plain = try "{$suggestion}": Norwegian letters are spelt the plain way in ids (ø → o, æ → ae, å → aa)
plain-save-failed = The drill could not be saved: {$error}. The session file keeps the drill up to the last save that succeeded, not what came after it; the drill stops here. Resume with: laget resume {$session}
tui-signal-stopped-unsaved = Stopped by a signal. The last save FAILED: the session file keeps the drill up to the last save that succeeded. `laget resume --latest` carries on from there.
## scoring and debrief (issue 12)
dimension-relational_safety = Relational safety
debrief-how-it-ended = How it ended
outcome-good = a good ending
outcome-mixed = a mixed ending
outcome-poor = a poor ending
debrief-ending-about = This ending is about: {$dimensions}.
debrief-led-by = The choices that led here
debrief-led-by-you = Your choices that led here
debrief-reactions-default = How was that? What do you take with you from the ending?
debrief-you = you
debrief-departure-taken-you = You chose: {$text}
debrief-plus = Plus: strong on {$dimensions}.
debrief-plus-none = Plus: look in the analysis for the choices marked [+]; no dimension was strong this time.
debrief-delta = Delta: the most to gain on {$dimension}.
debrief-delta-none = Delta: every dimension was strong; what would make it hold in a real case?
debrief-improve = One thing per role for next time
debrief-improve-you = One thing for you next time
debrief-improve-line = {$name}: on day {$day}, good practice was {$text}
debrief-improve-keep = {$name}: kept to good practice all through
debrief-full-hint = This is the short debrief. With --full (or the JSON format) you get every piece of evidence.
breach-confidentiality = confidentiality (taushetsplikt)
breach-consent = consent
breach-investigates = investigating what belongs to the child welfare service or the police
breach-warns_suspect = warning a suspected caregiver before the child welfare service or the police
harm-promises_secrecy = promised the child secrecy that cannot be kept
harm-leading_questions = leading or probing questions
harm-burdens_child = left the adults' decision for the child to carry
rule-breach = breached a duty or boundary: {$detail}
rule-voice_harmed = harmed the child's voice: {$detail} (0/100)
rule-too_early = {$subject}: too early, without the grounding it needs ({$points}/100)
rule-ending_outcome = the ending “{$subject}” is about this dimension: at most {$points}
rule-safe_line = a line that made the conversation safer ({$detail})
rule-unsafe_line = a line that made the conversation less safe ({$detail})
rule-trust_built = {$subject}: {$direction ->
    [down] down
   *[up] up
    } {$delta} through the conversation
rule-trust_kept = {$subject}: kept through the conversation
rule-trust_lost = {$subject}: {$direction ->
    [down] down
   *[up] up
    } {$delta} through the conversation
check-ending-about-nothing = the {$outcome} ending "{$name}" does not say which dimension its outcome is about
check-ending-about-nothing-help = add `about: [...]` (RoleClarity, ChildVoice, DecisionTiming or RelationalSafety) and `because: "..."`: a play that ends here cannot then be strong on those
check-too-early-decides-nothing = the choice "{$name}" is marked too_early but makes no key decision
check-too-early-decides-nothing-help = add `decides: "..."` with the decision it makes too early, or remove too_early

## Coaching: after a poor choice, the scenario's better one and why
coach-better = What would have worked better: {$text}

## The room's clocks, role cards and the solo gauge
tui-budget = ⌛ {$used}/{$planned} min
tui-countdown-out = ⏳ time is up
tui-countdown = Countdown per decision
tui-countdown-off = off
tui-countdown-min = {$min} min
tui-countdown-hint = (t changes it; never chooses)
tui-setup-handouts = Role cards with the private briefs, for printing: press h
tui-handouts-written = Role cards written to {$dir}
tui-handouts-failed = Could not write the role cards: {$reason}
tui-gauge-setting = Show how the other person is doing
tui-gauge-hint = (g changes it)
tui-brief-private = This screen is for one person, not for the room. Printed role cards work better (h in the set-up).
gauge-low = low
gauge-middle = middling
gauge-high = high
tui-debrief-go-on = Enter: the scores and the debrief
