## General
cli-error = error
cli-no-tui-yet = The terminal UI is not built yet. Try `laget list` or `laget check scenarios/`.
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
check-too-many = too many {$what}: the limit is {$limit}
check-too-many-help = split the scenario or shorten the text
check-unreadable = the file cannot be read: {$reason}
check-unreadable-help = check the path and the file's permissions
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
check-translation-differs = this translation does not have the same structure as the original ({$lang}). Missing: {$missing}. Extra: {$extra}
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

## laget explore
explore-title = Utforska {$title} ({$id}): {$walks} gjennomspelingar, {$steps} val · {$mode} · frø {$seed}
explore-exhaustive = Alle ulike vegar, kvar spela med frø {$seed} (tilfeldige hendingar skjer slik frøet avgjer på kvar veg).
explore-complete = Alle vegane vart gått gjennom.
explore-cut-paths = Stoppa etter {$limit} vegar: scenarioet har fleire (auk --max-paths for å gå vidare).
explore-cut-depth = Vegar med meir enn {$limit} avgjerder vart kutta der.
explore-speed = Tid: {$seconds} s · {$walks} gjennomspelingar/s · {$steps} val/s
explore-no-walks = Ingen gjennomspelingar vart gjorde.
explore-endings = Avslutningar
explore-scores = Poeng (lågast · nedre kvartil · median · øvre kvartil · høgast)
explore-unreached-scenes = Scener som aldri vart nådde
explore-unreached-choices = Val som aldri vart tekne
explore-dead-choices = Daude val (ingen prøve viste ei anna avslutning eller poengsum enn eit syskenval)
explore-dead-line = {$choice}: same avslutning og poeng som {$same} ({$probes} samanlikningar)
explore-none = ingen
explore-best = Beste veg
explore-worst = Dårlegaste veg
explore-path = frø {$seed} · avslutning {$ending} · poeng {$scores}
explore-replay = spel av att: {$command}

## laget new
new-bad-id = «{$id}» kan ikkje vere id for eit scenario: bruk 1 til {$max} små bokstavar (a–z), siffer, «-» og «_», og byrj med ein bokstav eller eit siffer
new-exists = {$path} finst allereie; laget new skriv aldri over ei fil. Vel ein annan id eller --out-mappe, eller flytt fila
new-cannot-write = kan ikkje skrive {$path}: {$reason}
new-written = Skreiv {$scenario} og {$guide}. Sjekk det med: laget check {$scenario}
