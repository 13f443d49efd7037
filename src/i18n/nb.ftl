## General
cli-error = feil
dimension-role_clarity = Rolleklarhet
dimension-child_voice = Barnets stemme
dimension-decision_timing = Beslutningstiming

## laget list
list-skipped = merk: hoppet over {$path}: filen har feil (kjør `laget check {$path}`)
list-empty = Fant ingen scenarioer.
list-line = språk: {$languages} · {$minutes} min · {$roles} roller

## laget check
check-help-label = tips
check-not-found = filen eller mappen finnes ikke
check-summary = Sjekket {$files ->
    [one] én fil
   *[other] {$files} filer
  }: {$errors ->
    [one] én feil
   *[other] {$errors} feil
  }, {$warnings ->
    [one] én advarsel
   *[other] {$warnings} advarsler
  }.
check-syntax = filen er ikke gyldig RON: {$detail}
check-syntax-help = se på det markerte stedet og like før det: som regel mangler det et komma, en parentes eller et anførselstegn
check-unknown-field = ukjent felt `{$field}`{$outer ->
    [none] {""}
   *[other] {" "}i {$outer}
  }
check-unknown-field-help = {$suggestion ->
    [none] feltene som er tillatt her, er: {$expected}
   *[other] mente du `{$suggestion}`? Feltene som er tillatt her, er: {$expected}
  }
check-missing-field = feltet `{$field}` mangler{$outer ->
    [none] {""}
   *[other] {" "}i {$outer}
  }
check-missing-field-help = legg til `{$field}: …` her; docs/scenario-format.md viser alle feltene
check-bad-value = denne verdien passer ikke her: {$detail}
check-bad-value-help = {$expected ->
    [none] sammenlign med eksempelet i docs/scenario-format.md
   *[other] forventet: {$expected}
  }
check-too-large = filen er {$size} MB, mer enn grensen på {$limit} MB
check-too-large-help = del opp scenarioet, eller sjekk at dette er filen du mente
check-too-deep = parentesene er nøstet mer enn {$limit} nivåer dypt
check-too-deep-help = et scenario trenger aldri så mye nøsting; se etter parenteser som ikke er lukket, eller en skadet fil
check-not-utf8 = filen er ikke UTF-8-tekst (byte {$byte})
check-not-utf8-help = lagre filen som UTF-8 i redigeringsprogrammet ditt
check-empty = filen er tom
check-empty-help = start med `laget new ID` eller eksempelet i docs/scenario-format.md
check-too-many = for mange {$what ->
    [text] tegn i én tekst
    [scenes] scener
    [roles] roller
   *[choices] valg i én scene
  }: høyst {$limit} er tillatt
check-too-many-help = del opp scenarioet eller kort ned teksten
check-unreadable = filen kan ikke leses: {$reason}
check-unreadable-help = sjekk stien og tilgangsrettighetene til filen
check-control-char = filen inneholder et kontrolltegn (eller en escape-sekvens som lager et)
check-control-char-help = fjern det: scenarioteksten vises i terminaler, der kontrolltegn kan endre det skjermen viser
check-duplicate-id = id-en "{$name}" er brukt to ganger
check-duplicate-id-help = gi hver av dem sin egen id
check-unknown-scene = det finnes ingen scene "{$name}"
check-unknown-scene-help = {$suggestion ->
    [none] sjekk stavemåten, eller legg til en scene med denne id-en
   *[other] mente du {$suggestion}?
  }
check-unknown-role = det finnes ingen rolle "{$name}"
check-unknown-role-help = {$suggestion ->
    [none] legg den til under `roles`, eller bruk id-en til en standardrolle (docs/scenario-format.md)
   *[other] mente du {$suggestion}?
  }
check-unknown-responsibility = ingen rolle har ansvaret "{$name}"
check-unknown-responsibility-help = {$suggestion ->
    [none] legg det til under `responsibilities` for rollen som har dette ansvaret
   *[other] mente du {$suggestion}?
  }
check-unknown-key-decision = det finnes ingen nøkkelbeslutning "{$name}"
check-unknown-key-decision-help = {$suggestion ->
    [none] legg den inn under `key_decisions`
   *[other] mente du {$suggestion}?
  }
check-unknown-flag = det finnes ikke noe flagg "{$name}"
check-unknown-flag-help = {$suggestion ->
    [none] legg det inn under `flags`
   *[other] mente du {$suggestion}?
  }
check-unknown-counter = det finnes ingen teller "{$name}"
check-unknown-counter-help = {$suggestion ->
    [none] legg den inn under `counters`
   *[other] mente du {$suggestion}?
  }
check-unknown-inject = det finnes ikke noe innspill "{$name}"
check-unknown-inject-help = {$suggestion ->
    [none] legg det inn under `injects`
   *[other] mente du {$suggestion}?
  }
check-unknown-language = "{$name}" er ikke et språk som støttes her
check-unknown-language-help = bruk "nb", "nn" eller "en"; `translation_of` i en oversettelse må være et annet språk enn oversettelsens eget
check-bad-date = "{$value}" er ikke en gyldig dato
check-bad-date-help = skriv "YYYY-MM-DD" eller "YYYY-MM-DD HH:MM", f.eks. "2026-09-07 08:00"
check-misplaced-next = valget "{$name}" er i en runde og kan ikke ha sin egen `next`
check-misplaced-next-help = fjern den: en runde går videre til rundens `next` når alle rollene har valgt
check-missing-next = valget "{$name}" har ingen `next`
check-missing-next-help = legg til `next: "scene-id"` for å si hvor øvelsen går videre etter dette valget
check-round-choice-role = valget "{$name}" i en runde trenger en rolle som er med i runden{$role ->
    [none] {""}
   *[other] {" "}("{$role}" er ikke med)
  }
check-round-choice-role-help = legg til `role: "…"` med en av rollene i rundens `roles`
check-not-an-ending = "{$name}" er ikke en Ending-scene (avslutning)
check-not-an-ending-help = klokkens `timeout` må vise til en Ending-scene: det er der øvelsen slutter når tiden er ute
check-not-playable = rollen "{$name}" kan ikke spilles av en person
check-not-playable-help = velg en rolle som kan spilles, eller sett `playable: true` på rollen
check-bad-exemplary-step = "{$name}" er ikke et valg i dette scenarioet
check-bad-exemplary-step-help = skriv hvert steg som "scene-id.choice-id"
check-unreachable = scenen "{$name}" kan aldri nås
check-unreachable-help = la et valg eller en `next` føre dit, eller fjern scenen
check-dead-end = scenen "{$name}" har ingen valg, så øvelsen ville stoppet her
check-dead-end-help = legg til valg, eller gjør scenen til en Ending
check-no-ending = ingen avslutning kan nås fra scenen "{$name}"
check-no-ending-help = sørg for at en vei herfra fører til en Ending-scene; ellers er det bare tidsavbruddet (`timeout`) som kan avslutte øvelsen
check-zero-time-cycle = scenene {$scenes} danner en løkke der ingen tid går
check-zero-time-cycle-help = gi ett av stegene i løkken en `elapsed`-tid, slik at tidshorisonten blir nådd til slutt
check-key-decision-unreachable = nøkkelbeslutningen "{$name}" kan aldri tas
check-key-decision-unreachable-help = legg til `decides: "{$name}"` på et valg i en scene som kan nås
check-exemplary-not-legal = det anbefalte forløpet (`exemplary_path`) lar seg ikke spille: {$detail}
check-exemplary-not-legal-help = før opp i rekkefølge valgene som tas av personer (ikke av programmet), fra start til en avslutning, som "scene.choice"
check-impossible-condition = disse vilkårene kan aldri være oppfylt samtidig: {$detail}
check-impossible-condition-help = fjern ett av vilkårene som motsier hverandre
check-window-order = tidsvinduet for "{$name}" slutter før det begynner
check-window-order-help = det må være ideal_from ≤ ideal_to ≤ latest
check-negative-duration = varigheten {$value} er negativ (eller null der tid må gå)
check-negative-duration-help = simulert tid går bare fremover: bruk null eller mer (horisonten må være mer enn null)
check-duration-too-large = varigheten {$value} er for lang
check-duration-too-large-help = varigheter kan være høyst 100 år
check-bad-percent = {$value} er ikke en prosentverdi
check-bad-percent-help = skriv en sannsynlighet fra 0 til 100
check-translation-differs = denne oversettelsen har ikke samme struktur som originalen ({$lang}). Mangler: {$missing}. Ekstra: {$extra}. Ulikt: {$differs}
check-translation-differs-help = en oversettelse endrer bare tekst: de samme id-ene, scenene, valgene og overgangene som originalen
check-duplicate-translation = det finnes allerede en versjon på "{$name}" av dette scenarioet: {$other}
check-duplicate-translation-help = ha én fil per språk
check-original-missing = fant ikke originalen ({$lang}) til "{$name}"
check-original-missing-help = legg originalen ved siden av denne filen, med navnet "{$name}.{$lang}.ron"
check-role-never-acts = rollen "{$name}" handler aldri i dette scenarioet
check-role-never-acts-help = gi rollen en beslutning eller en del i en runde, eller sett `playable: false`
check-no-voice-opportunity = scenarioet har ingen muligheter der barnets stemme kan komme fram, og kan derfor ikke måle barnets stemme
check-no-voice-opportunity-help = legg til en `voice_opportunities`-oppføring for en scene der barnet kunne blitt informert, hørt eller involvert
check-voice-outside-opportunity = valget "{$name}" setter `child_voice` i en scene som ingen mulighet dekker, så det gir ikke poeng
check-voice-outside-opportunity-help = legg til scenen i en `voice_opportunities`-oppføring
check-all-choices-conditional = alle valgene i "{$name}" har vilkår; hvis ingen av dem er oppfylt, ender øvelsen i "{$timeout}"
check-all-choices-conditional-help = la minst ett valg være uten vilkår, med mindre det er den avslutningen du vil ha
check-unused-flag = flagget "{$name}" blir aldri lest
check-unused-flag-help = bruk det i et vilkår, eller fjern det
check-exemplary-not-good = det anbefalte forløpet får under 80 poeng: {$detail}
check-exemplary-not-good-help = det anbefalte forløpet skal vise god praksis: sjekk fakta i valgene (performs, child_voice, decides) og tidsvinduene
check-length-tell = det anbefalte valget er den lengste teksten i {$longest} av {$decisions} beslutninger i det anbefalte forløpet: en gruppe lærer seg å velge det lengste svaret
check-length-tell-help = skriv gale valg like fyldig som det riktige (det en sliten, snill og travel fagperson faktisk ville sagt), eller gjør det riktige kortere; `laget explore` viser hva det gir å alltid velge det lengste

## Debrief
mode-group = gruppemodus
mode-solo = solomodus
band-strong = god
band-partial = delvis
band-weak = svak
debrief-title = Debrief: {$title}
debrief-meta = Frø {$seed} · {$mode}
debrief-what-happened = Hva som skjedde
debrief-ending = Avslutning: {$title}
debrief-not-ended = Øvelsen stoppet før den nådde en avslutning.
debrief-dimension = Dimensjon
debrief-score = Poeng
debrief-day = dag {$day}
timeline-first-concern = den første uroen
timeline-key-decision = nøkkelbeslutning: {$text}
timeline-inject = innspill: {$text}
timeline-ending = avslutning: {$text}
interval-first-action = Fra den første uroen til den første handlingen: {$days ->
    [one] én dag
   *[other] {$days} dager
  }
interval-no-action = Ingen handlet på uroen.
interval-decision = Fra den første uroen til «{$subject}»: {$days ->
    [one] én dag
   *[other] {$days} dager
  }
interval-decision-never = «{$subject}» ble aldri besluttet
interval-end = Saken varte i {$days ->
    [one] én dag
   *[other] {$days} dager
  } i alt
debrief-no-evidence = Ingenting i denne gjennomføringen hadde betydning for denne dimensjonen.
debrief-plus-delta = Pluss og delta
debrief-departure = Avvik fra det anbefalte forløpet
debrief-departure-exemplary = God praksis her: {$text}
debrief-departure-taken = Laget valgte: {$text}
debrief-departure-cost = Poeng mot det anbefalte forløpet: rolleklarhet {$rc}, barnets stemme {$cv}, beslutningstiming {$dt}.
debrief-roles = Rolleklarhet per rolle
debrief-role-line = {$name}: {$for} for, {$against} mot ({$score})
debrief-conversations = Samtaler
debrief-state-change = {$label}: {$from} → {$to}
debrief-notes = Fasilitatorens notater
phase-reactions = Reaksjoner
phase-analysis = Analyse
phase-summary = Oppsummering
debrief-learning = Læringspunkter
rule-own_responsibility = tok eget ansvar: {$subject}
rule-clear_lead = én tjeneste tok ledelsen i runden
rule-passes_on = sendte saken videre i stedet for å handle
rule-oversteps = tok en annen tjenestes ansvar: {$subject}
rule-parallel_measures = parallelle tiltak i samme runde
rule-no_lead = ingen tok ledelsen i runden
rule-several_leads = flere tjenester ville ta ledelsen i runden
rule-needed_not_performed = ingen gjorde dette: {$subject}
rule-opportunity_used = ga barnets stemme det rommet den kunne få her ({$points}/100)
rule-opportunity_missed = tapt mulighet: {$subject} ({$points}/100)
rule-in_window = {$subject}: i god tid ({$points}/100)
rule-early = {$subject}: tidligere enn det var grunnlag for ({$points}/100)
rule-late = {$subject}: sent ({$points}/100)
rule-after_latest = {$subject}: etter siste akseptable tidspunkt ({$points}/100)
rule-never_made = {$subject}: aldri besluttet (0/100)
rule-not_applicable = {$subject}: gjelder ikke i dette forløpet (telles ikke med)
quality-warm = varm
quality-honest = ærlig
quality-clear = tydelig
quality-acknowledges = anerkjennende
quality-opens = åpner
quality-reflects_back = speiler
quality-reassures = beroliger
quality-takes_responsibility = tar voksenansvar
quality-evades = unnvikende
quality-frightens = skremmer
quality-closes = lukker
quality-leads = ledende
quality-pressures = presser
quality-blames = legger skyld

## Plain mode
plain-turn = {$role} velger:
plain-round-turn = Runde: {$role} velger sin egen handling:
plain-not-a-choice = Ikke et valg: svar med et tall fra 1 til {$max}, eller /help.
plain-note-saved = Notatet er lagret.
plain-injects = Innspill du kan gi (/inject ID):
plain-inject-random = kan også komme av seg selv
plain-no-such-inject = Det finnes ikke noe innspill «{$id}». /inject viser dem.
plain-inject-not-now = Innspillet «{$id}» kan ikke komme nå.
plain-undone = Den siste beslutningen ble angret.
plain-nothing-to-undo = Det er ingen beslutning å angre.
plain-brief-for = Bare {$role} leser dette:
plain-no-brief = (Denne rollen har ingen privat rolleinstruks.)
plain-commands = Kommandoer: /note TEKST, /inject, /inject ID, /undo, /brief, /quit
plain-feedback = Tilbakemelding
plain-qualities = I samtalen
plain-date = {$weekday} {$day}. {$month} {$year}, kl. {$time} · dag {$n}
plain-ending = Slutt: {$title}
plain-horizon = Tiden er ute for denne saken.
plain-stuck = Ingen valg var mulige her: øvelsen avsluttes.
plain-replay-failed = Økt {$session} passer ikke lenger til scenarioet sitt og kan ikke fortsettes.
plain-stopped = Økten er lagret. Fortsett med: laget resume {$session}
plain-seed = Frø: {$seed}
weekday-0 = mandag
weekday-1 = tirsdag
weekday-2 = onsdag
weekday-3 = torsdag
weekday-4 = fredag
weekday-5 = lørdag
weekday-6 = søndag
month-1 = januar
month-2 = februar
month-3 = mars
month-4 = april
month-5 = mai
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = desember

## Commands
cli-unknown-scenario = Det finnes ikke noe scenario "{$name}". Kjente scenarioer: {$known}. Du kan også oppgi stien til en .ron-fil.
cli-unknown-role = "{$name}" er ikke en rolle en person kan spille her. Velg en av: {$known}
cli-unknown-scene = Det finnes ingen scene "{$name}" i dette scenarioet.
cli-no-finished = Det finnes ingen fullført økt å vise debriefen av. `laget sessions` viser øktene.
cli-no-unfinished = Det finnes ingen uferdig økt å fortsette. `laget sessions` viser øktene.
cli-already-finished = Økt {$session} er ferdig. `laget debrief {$session}` viser debriefen.
cli-not-finished = Økt {$session} er ikke ferdig ennå. Fortsett den med: laget resume {$session}
cli-scenario-changed = Merk: scenarioet er endret siden denne økten startet; økten fortsetter med versjonen den startet med.
sessions-none = Ingen lagrede økter.
sessions-finished = ferdig
sessions-unfinished = ikke ferdig

## Terminal UI
tui-no-terminal = Fullskjermvisningen av øvelsen trenger en terminal (prøv --plain)
tui-stdout-not-terminal = Fullskjermøvelsen trenger en terminal på standard utdata, men standard utdata går til en fil eller et rør. Bruk --plain for å spille linje for linje til en fil eller et rør.
tui-paste-ignored = Innliming går bare inn i et notat (n): teksten ble lagt til side, og ingenting ble valgt.
tui-paused-hold = På pause: ingen valg tas. Trykk p for å fortsette.
tui-so-far = Så langt
tui-so-far-intro = Øvelsen fortsetter der den stoppet. Dette har skjedd så langt; Enter går videre til beslutningen som venter.
tui-too-small = Vinduet er for lite for øvelsen: gjør det minst {$w}×{$h} tegn, eller bruk mindre skrift.
tui-home-title = Scenarioer
tui-details = Om scenarioet
tui-target-group = Målgruppe
tui-duration-minutes = {$label}: {$minutes} min
tui-duration = Varighet
tui-roles = Roller
tui-objectives = Læringsmål
tui-keys-home = ↑↓ velg · Enter sett opp · r fortsett lagret økt · ? hjelp · q avslutt
tui-keys-setup = ↑↓ felt · ←→ endre · Enter start · Esc tilbake · ? hjelp
tui-keys-play = 1–9 velg · b instruks · i innspill · n notat · u angre · p pause · ? · q avslutt
tui-keys-solo = 1–9 velg · g måler · b instruks · n notat · u angre · p pause · ? · q avslutt
tui-keys-paused = p fortsett · n notat · ? hjelp · q avslutt
tui-keys-page = Enter/mellomrom videre · n notat · u angre · ? hjelp · q avslutt
tui-keys-debrief = ↑↓ PgUp PgDn Home End · 1–{$last}/Tab del · e eksporter · ? hjelp · q avslutt
tui-keys-ending = ↑↓ bla · e eksporter · ? hjelp · q avslutt
tui-setup-title = Sett opp øvelsen
tui-mode = Modus
tui-mode-group = gruppe (alle spiller)
tui-mode-solo = solo (øv alene)
tui-your-role = Din rolle
tui-coaching = Tilbakemelding etter hvert valg
tui-on = på
tui-off = av
tui-seed = Frø
tui-setup-group-hint = Gruppemodus: de som er i rommet, spiller alle rollene; skjermen viser hvem sin tur det er.
tui-setup-solo-hint = Solo: du spiller én rolle; programmet spiller de andre og gir tilbakemelding underveis.
tui-setup-start = Trykk Enter for å starte.
tui-paused = (pause)
tui-story = Saken
tui-event = Innspill
tui-continue = Enter: videre
tui-actor = {$role} velger
tui-actor-round = Runde: {$role} velger sin egen handling
tui-choices = Valg
tui-how-to-choose = Ingenting er valgt ennå: trykk nummeret på et valg, eller flytt med ↑/↓ og trykk Enter.
tui-board = Laget
tui-board-legend = ▶ skal velge  ✓ har valgt i denne runden  ● til stede  ○ borte
tui-inject-done = Innspill: {$title}
tui-exported = Lagret: {$md} og {$json}
tui-quit-title = Avslutte?
tui-quit = Avslutte programmet? j / Enter: ja · en annen tast: nei
tui-quit-saved = Stoppe øvelsen? Den er lagret og kan fortsettes senere. j: ja · Enter eller annen tast: nei
tui-injects-title = Gi et innspill (1–9 eller ↑↓ Enter, Esc: avbryt)
tui-choice-not-shown = Valg {$n} var ikke på skjermen: nå vises det. Trykk {$n} eller Enter for å velge det.
tui-injects-how = Ingenting er valgt ennå: trykk innspillets nummer, eller flytt med ↑↓ og trykk Enter.
tui-no-injects = Ingen innspill kan komme på dette punktet i øvelsen.
tui-note-title = Notat fra fasilitator (Enter: lagre, Esc: avbryt)
tui-brief-title = Privat rolleinstruks
tui-brief-gate = Nå kommer den private instruksen til {$role}, ikke for rommet: slå av projektoren eller gi skjermen til {$role} først. Enter: vis instruksen · en annen tast: tilbake
tui-help-title = Hjelp
tui-help-text =
    Startskjerm: ↑↓ velg et scenario · Enter sett det opp · r fortsett den sist lagrede økten.
    Oppsett: ↑↓ felt · ←→ endre · Enter start · t nedtelling · h rollekort · g måler (solo).
    Øvelse: 1–9 tar det valget for rollen som har tur; eller ↑↓ og så Enter.
    Enter eller mellomrom går videre når det ikke er noe å velge.
    b privat rolleinstruks (bare den rollen ser) · i innspill · n notat · u angre siste beslutning.
    p pause (tidtakeren og valgene) · g hvordan den andre har det (solo) · PgUp/PgDn bla.
    Debrief: slutten først, Enter for resten · ↑↓ PgUp PgDn Home End bla · et siffer eller Tab: en del · e lagre som Markdown og JSON.
    q avslutter (du blir spurt først); en påbegynt øvelse er lagret, og `laget resume` fortsetter den. Ctrl-C to ganger avslutter med en gang.
    ↑↓ PgUp PgDn blar i hjelpen; en annen tast lukker den.
tui-date = {$weekday} {$day}. {$month} {$year} · dag {$n} siden første uro
tui-date-medium = {$weekday} {$day}. {$month} {$year} · dag {$n}
tui-date-short = {$day}.{$month}.{$year} · dag {$n}
tui-more-below = mer ↓
tui-more-above = mer ↑
tui-signal-left = Stoppet av et signal. Ingenting er tapt: ingen øvelse ble stående uferdig.
tui-signal-stopped = Stoppet av et signal. Alle beslutninger er lagret: `laget resume --latest` fortsetter.

## Handouts
handout-index-title = Rollekort: {$title}
handout-about-role = Din rolle
handout-responsibilities = Dette har rollen din ansvar for
handout-brief = Bare for deg
handout-privacy = En oppdiktet sak til en øvelse. Ikke legg inn ekte opplysninger om noe barn.
tui-labels = Hvem spiller hvilken rolle (valgfritt: ↓ til en rolle og skriv initialer; aldri et barns navn)
tui-label-empty = (rollenavnet)

## laget explore
explore-title = Utforsket {$title} ({$id}): {$walks ->
    [one] én gjennomspilling
   *[other] {$walks} gjennomspillinger
  }, {$steps ->
    [one] ett valg
   *[other] {$steps} valg
  } · {$mode} · frø {$seed}
explore-exhaustive = Alle ulike veier, hver spilt med frø {$seed} (tilfeldige innspill kommer slik frøet avgjør på hver vei).
explore-complete = Alle veiene ble gått gjennom.
explore-cut-paths = Stoppet etter {$limit ->
    [one] én vei
   *[other] {$limit} veier
  }: scenarioet har flere (øk --max-paths for å gå videre).
explore-cut-depth = Veier med mer enn {$limit} beslutninger ble kuttet der.
explore-speed = Tid: {$seconds} s · {$walks} gjennomspillinger/s · {$steps} valg/s
explore-no-walks = Ingen gjennomspillinger ble gjort.
explore-endings = Avslutninger
explore-scores = Poeng (lavest · nedre kvartil · median · øvre kvartil · høyest)
explore-unreached-scenes = Scener som aldri ble nådd
explore-unreached-choices = Valg som aldri ble tatt
explore-dead-choices = Døde valg (ingen prøve viste en annen avslutning eller poengsum enn et søskenvalg)
explore-dead-line = {$choice}: samme avslutning og poeng som {$same} ({$probes} sammenligninger)
explore-strategies = Naive strategier (snitt rolleklarhet/barnets stemme/timing; andel spill sterke på alt):
explore-strategy-first = alltid det første valget som vises
explore-strategy-longest = alltid den lengste teksten
explore-strategy-shortest = alltid den korteste teksten
explore-strategy-line = {$strategy}: {$scores} (snitt {$mean}), sterk på alt i {$strong} % av {$plays} spill
explore-tell = AVSLØRER: «{$strategy}» får nesten like mye som beste vei eller er ofte sterk på alt; en gruppe vil finne det. Skriv om valgene så verken plass eller lengde røper svaret.
explore-tell-first = AVSLØRER: «{$strategy}» (et tilfeldig valg, siden rekkefølgen trekkes fra frøet) får nesten like mye som beste vei eller er ofte sterk på alt: for få beslutninger, eller for få reelle alternativer i dem, til at flaks ikke vinner.
explore-no-tell = Ingen naiv strategi kommer innenfor 15 poeng av beste vei eller er sterk på alt i mer enn 10 % av spillene.
explore-none = ingen
explore-best = Beste vei
explore-worst = Dårligste vei
explore-path = frø {$seed} · avslutning {$ending} · poeng {$scores}
explore-replay = spill av igjen: {$command}

## laget new
new-bad-id = «{$id}» kan ikke være id for et scenario: bruk 1 til {$max} små bokstaver (a–z), sifre, «-» og «_», og begynn med en bokstav eller et siffer
new-exists = {$path} finnes allerede; laget new overskriver aldri en fil. Velg en annen id eller --out-mappe, eller flytt filen
new-cannot-write = kan ikke skrive {$path}: {$reason}
new-written = Skrev {$scenario} og {$guide}. Sjekk det med: laget check {$scenario}

## Session files
store-not-found = Det finnes ingen økt «{$which}» (så etter {$path}). `laget sessions` viser dem.
store-empty = Øktfilen {$path} er tom: den ble opprettet, men aldri skrevet.
store-damaged = Øktfilen {$path} er skadet og ble latt være som den er ({$detail}).
store-format = Øktfilen {$path} har format {$found}; denne versjonen av laget leser format {$expected}.
store-bad-id = «{$id}» er ikke en økt-id (bare bokstaver, sifre, - og _).
store-bad-scenario = Scenarioet som er lagret i økt {$session}, har feil eller passer ikke lenger til økten, så den kan ikke spilles videre.
store-io = Kan ikke skrive {$path}: {$detail}
store-too-many = For mange økter ble startet i samme sekund; prøv igjen.
cli-no-home = Det finnes ingen datamappe: oppgi --home MAPPE eller sett LAGET_HOME.
tui-no-solo-role = Dette scenarioet har ingen rolle du kan spille alene: velg gruppemodus.

## calendar (issue 19)
check-bad-closed-day = "{$value}" er ikke en stengt dag
check-bad-closed-day-help = skriv en dato "YYYY-MM-DD" eller et tidsrom "YYYY-MM-DD..YYYY-MM-DD" (første dag først), f.eks. "2026-10-05..2026-10-09"
check-bad-anchor-time = "{$value}" i "{$scene}" er ikke et klokkeslett
check-bad-anchor-time-help = skriv "TT:MM" med 24-timersklokke, f.eks. "14:00"
check-start-on-closed-day = klokka starter {$value}, en dag barnehager og skoler er stengt
check-start-on-closed-day-help = første scene flyttes til neste åpne dag; start på en hverdag som ikke er helligdag eller stengt dag, eller merk første scene med any_day: true
check-weekday-not-in-text = "{$scene}" er forankret med NextWeekday({$weekday}, …), men teksten nevner en annen ukedag
check-weekday-not-in-text-help = forankre scenen på ukedagen teksten nevner, eller endre teksten
check-key-decision-any-day = scenen "{$scene}" kan skje på en stengt dag, og nøkkelbeslutningen "{$name}" tas der
check-key-decision-any-day-help = nøkkelbeslutninger tas når tjenestene er åpne: fjern any_day: true, eller ta beslutningen i en annen scene
check-anchor-in-round = valget "{$name}" i en runde har et anker (at), som ikke blir brukt
check-anchor-in-round-help = en runde går videre samlet: sett ankeret på scenen runden fører til
interval-working-days = ({$days ->
    [one] én arbeidsdag
   *[other] {$days} arbeidsdager
  })
explore-closed-days = Scener på stengte dager (helg, helligdager, scenarioets stengte dager):
explore-closed-line = {$scene}: {$walks ->
    [one] én gjennomspilling
   *[other] {$walks} gjennomspillinger
  }, første gang {$date} ({$reason}){ $anyday ->
    [yes] , merket any_day
   *[no] {""}
}
explore-closed-decides = nøkkelbeslutninger tatt der: {$decisions}
explore-closed-why = { $kind ->
    [weekend] helg
    [declared] stengt dag i scenarioet
   *[holiday] helligdag: {$name}
}
## authoring (issue 16)
syntax-comma = her skulle det stått et komma eller en avsluttende parentes
syntax-array = her skal det stå en liste i hakeparenteser `[ … ]`
syntax-array-end = listen er ikke lukket: her mangler en `]`
syntax-struct = her skal det stå en `(`
syntax-struct-end = her mangler en avsluttende `)`
syntax-string = her skal det stå en tekst i rette anførselstegn `"…"`
syntax-string-end = en tekst er ikke avsluttet: det avsluttende `"` mangler
syntax-identifier = her skal det stå et feltnavn
syntax-integer = her skal det stå et heltall
syntax-boolean = her skal det stå `true` eller `false`
syntax-colon = her mangler et `:`
syntax-eof = filen slutter for tidlig: trolig mangler en avsluttende parentes
syntax-trailing = det står noe etter slutten av scenarioet (den siste `)`)
syntax-comment = en kommentar er ikke lukket
syntax-escape = en omvendt skråstrek `\` i en tekst må følges av n, t, " eller en omvendt skråstrek til
syntax-char = uventet tegn `{$char}`
check-straight-quote = et rett anførselstegn (") inne i en tekst avslutter teksten for tidlig, etter "{$text}"
check-straight-quote-help = skriv «…» inne i teksten i stedet, eller \" for et rett anførselstegn
check-whole-number = her trengs et heltall, ikke {$number}
check-whole-number-help = varigheter og tall er heltall: bruk en mindre enhet i stedet (Hours(36), ikke Days(1.5))
check-curly-quote = det typografiske anførselstegnet {$quote} kan ikke åpne eller lukke en tekst: RON krever rette anførselstegn (")
check-curly-quote-help = skriv "…" rundt teksten (et tekstbehandlingsprogram gjør " om til {$quote}); inne i en tekst går typografiske anførselstegn fint
check-missing-comma = her mangler et komma mellom to verdier
check-missing-comma-help = sett komma etter hvert felt og hvert element i en liste: title: "…", language: "nb",
check-stray-bom = her står et usynlig byte-rekkefølgemerke (BOM, U+FEFF) midt i filen
check-stray-bom-help = slett det usynlige tegnet på det markerte stedet (to filer som er limt sammen, etterlater ofte ett); et merke helt først i filen er i orden
check-round-role-absent = rollen "{$name}" skal svare i runden "{$scene}", men er aldri til stede: den har `present: false`, og ingenting får den til å bli med
check-round-role-absent-help = sett `present: true` på rollen, eller legg `Join("{$name}")` på et tidligere valg eller et innspill; en runde spør bare rollene som er til stede
check-translation-unmarked = denne filen ser ut som oversettelsen til {$own} av "{$name}" ({$lang}): den har samme id, men ingen `translation_of`
check-translation-unmarked-help = legg til `translation_of: "{$lang}"` etter `language`, så laget vet at det er en oversettelse; den ble sammenlignet med originalen likevel
plain-auto-said = {$role}: {$text}
graph-if = hvis {$x}
graph-and = og
graph-not = ikke {$x}
graph-visited = har vært i {$x}
graph-not-visited = ikke vært i {$x}
graph-after = etter {$x}
graph-before = før {$x}
graph-present = {$x} til stede
graph-absent = {$x} borte
graph-decided = avgjort {$x}
graph-not-decided = ikke avgjort {$x}
graph-injected = etter innspillet {$x}
graph-timeout = tiden er ute
graph-outcome-good = godt
graph-outcome-mixed = blandet
graph-outcome-poor = dårlig
graph-unit-minutes = min
graph-unit-hours = t
graph-unit-days = d
graph-unit-working-days = ad
graph-unit-weeks = u
help-heading-usage = Bruk:
help-heading-commands = Kommandoer
help-heading-options = Valg
help-heading-arguments = Argumenter
help-flag-help = Vis hjelp (mer med «--help»)
help-flag-version = Vis versjonen
help-laget = Beredskapsøvelser for laget rundt barnet
help-laget-long = Beredskapsøvelser for laget rundt barnet. Kjør `laget` uten kommando for å åpne øvelsen på startsiden. Scenarioene er oppdiktede saker skrevet i RON; se docs/scenario-format.md, og docs/cli.md for alle kommandoene.
help-laget--lang = Språket i programmets egen tekst (standard: fra LC_ALL, LC_MESSAGES, LANG)
help-laget--home = Hvor økter, autolagringer og eksporterte debriefer ligger (også LAGET_HOME)
help-laget-help = Vis denne hjelpen eller hjelpen til en kommando
help-laget-check = Sjekk scenariofiler (i en mappe søkes det etter *.ron)
help-laget-check--paths = Scenariofiler eller mapper
help-laget-check--format = Utdataformat: human (linjer med FIL:LINJE:KOLONNE og et utdrag) eller json
help-laget-check--deny_warnings = Avslutt med 1 også ved advarsler
help-laget-list = Vis scenarioene som finnes
help-laget-list--format = Utdataformat
help-laget-play = Spill et scenario (øvelsen i fullskjerm, eller linje for linje med --plain)
help-laget-play--scenario = En scenario-id fra `laget list`, eller stien til en .ron-fil
help-laget-play--mode = Gruppe (alle spillbare roller bestemmer) eller solo (én rolle; maskinen spiller resten)
help-laget-play--role = Solo: rollen spilleren tar (standard: scenarioets solorolle)
help-laget-play--seed = Frø for rekkefølgen på valgene, innspill og tilfeldigheter i øvelsen (standard: trekkes og vises)
help-laget-play--coach = Vis tilbakemelding etter hvert valg (standard i solo)
help-laget-play--no_coach = Spar tilbakemeldingen til debriefen (standard i gruppe)
help-laget-play--from = Start i denne scenen (for forfattere), med scenarioets starttilstand
help-laget-play--plain = Linjemodus for skjermlesere, rør og skript
help-laget-play--format = Format på debriefen som skrives ut til slutt (og til --debrief-out)
help-laget-play--debrief_out = Skriv debriefen også til denne filen
help-laget-resume = Fortsett en lagret økt nøyaktig der den stoppet
help-laget-resume--session = En økt-id fra `laget sessions`, eller en øktfil
help-laget-resume--latest = Den sist skrevne uferdige økten (standard uten ØKT)
help-laget-resume--plain = Linjemodus for skjermlesere, rør og skript
help-laget-resume--format = Format på debriefen som skrives ut til slutt (og til --debrief-out)
help-laget-resume--debrief_out = Skriv debriefen også til denne filen
help-laget-sessions = Vis lagrede økter
help-laget-sessions--format = Utdataformat
help-laget-debrief = Skriv ut debriefen fra en ferdig økt på nytt
help-laget-debrief--session = En økt-id eller en øktfil (uten: den sist fullførte økten)
help-laget-debrief--latest = Den sist fullførte økten
help-laget-debrief--format = Format på debriefen
help-laget-play--full = Alt grunnlaget i debriefen, ikke bare de to eller tre punktene som avgjorde hver poengsum
help-laget-resume--full = Alt grunnlaget i debriefen, ikke bare de to eller tre punktene som avgjorde hver poengsum
help-laget-debrief--full = Alt grunnlaget, ikke bare de to eller tre punktene som avgjorde hver poengsum
help-laget-handouts = Skriv ett utskrivbart rollekort i Markdown per spillbar rolle i MAPPE
help-laget-handouts--scenario = En scenario-id fra `laget list`, eller stien til en .ron-fil
help-laget-handouts--out = Mappen rollekortene skrives i
help-laget-explore = Spill scenarioet mange ganger automatisk: avslutninger, poeng, dekning, døde valg
help-laget-explore--scenario = En scenario-id fra `laget list`, eller stien til en .ron-fil
help-laget-explore--walks = Hvor mange tilfeldige gjennomspillinger
help-laget-explore--seed = Frøet hver gjennomspilling trekker sitt eget frø fra (med --exhaustive: frøet for alle veiene)
help-laget-explore--exhaustive = Gå gjennom alle ulike veier i stedet for tilfeldige gjennomspillinger (opptil --max-paths)
help-laget-explore--max_paths = Med --exhaustive: stopp etter så mange veier
help-laget-explore--mode = Gruppe (alle spillbare roller bestemmer) eller solo (én rolle; maskinen spiller resten)
help-laget-explore--role = Solo: rollen gjennomspillingene spiller (standard: scenarioets solorolle)
help-laget-explore--format = Utdataformat
help-laget-graph = Skriv ut forgreningene i scenarioet (Graphviz DOT eller Mermaid)
help-laget-graph--scenario = En scenario-id fra `laget list`, eller stien til en .ron-fil
help-laget-graph--format = dot (Graphviz: laget graph S | dot -Tsvg > s.svg) eller mermaid (vises på GitHub og GitLab)
help-laget-new = Skriv et nytt scenario fra en mal (på språket i --lang) og et utkast til fasilitatorveiledning
help-laget-new--id = Id-en til det nye scenarioet: små bokstaver, sifre, «-» og «_»
help-laget-new--out = Mappen <ID>.<språk>.ron og <ID>.<språk>.md skrives i
help-laget-completions = Skriv ut fullføring for et skall
help-laget-completions--shell = Skallet det gjelder
explore-dead-proven = Bevist: alle veier ble gått gjennom, og ved hver beslutning ga valgene på lista de samme mulige avslutningene og poengene.
explore-dead-cut = Ikke bevist: gjennomgangen ble avbrutt. Øk --max-paths for å bevise lista.
explore-dead-unproven = Ikke bevist: tilfeldige gjennomspillinger kan overse et dødt valg, eller ta to valg for å være like. For å bevise lista: {$command}
check-exemplary-role-absent = steget "{$step}" i det anbefalte forløpet er et valg for "{$name}", som ikke er til stede i runden "{$scene}" på dette forløpet
check-exemplary-role-absent-help = en runde spør bare rollene som er til stede: la et valg eller et innspill på det anbefalte forløpet gjøre `Join("{$name}")` før runden, eller ta rollens valg ut av forløpet
## reliability (issue 15)
check-bad-id = «{$name}» kan ikke være en id: id-er skrives bare med små bokstaver a–z, sifre, «-» og «_» (1 til {$max} tegn, og det første er en bokstav eller et siffer)
check-bad-id-help = {$suggestion ->
    [none] gi den et nytt navn med bare disse tegnene: id-er blir filnavn, etiketter i grafen og navn på økter
   *[other] {$norwegian ->
        [yes] skriv {$suggestion}: i id-er skrives norske bokstaver uten særtegn (ø → o, æ → ae, å → aa)
       *[other] skriv {$suggestion}: id-er blir filnavn, etiketter i grafen og navn på økter
    }
  }
check-too-many-indexed = {$count} {$what ->
    [injects] innspill
    [key_decisions] nøkkelbeslutninger
   *[responsibilities] ansvarsområder
  }: grensen er {$limit}
check-too-many-indexed-help = hvert steg i øvelsen sjekkes mot alle sammen; slå sammen eller fjern noen
check-long-condition = {$count} betingelser i én liste: grensen er {$limit}
check-long-condition-help = hver betingelse vurderes ved hvert steg der den gjelder; del opp scenen eller bruk et flagg som settes tidligere
store-locked = Økt {$session} er åpen i en annen laget. Avslutt den der først; bare én laget om gangen kan skrive til en økt.
store-too-large = Øktfilen {$path} er større enn noen økt kan være ({$limit} MB); den ble ikke lest og er latt være som den er.
store-bad-dir = Datamappen {$path} kan ikke leses ({$detail}). Sjekk --home eller LAGET_HOME og tilgangen til mappen.
sessions-damaged = {$name}  SKADET, latt være som den er: {$reason}
cli-no-unfinished-damaged = Det finnes ingen lesbar uferdig økt å fortsette, men {$count ->
    [one] én øktfil er skadet
   *[other] {$count} øktfiler er skadet
  }: `laget sessions` viser {$count ->
    [one] den
   *[other] dem
  } med årsaken.
cli-debrief-out-bad = Kan ikke skrive debriefen til {$path} ({$reason}). Ingenting er startet: oppgi en fil i en mappe som finnes og kan skrives til.
plain-output-closed = Standard ut ble lukket; øvelsen stoppet.
plain-line-too-long = En linje i inndata er lengre enn {$max} byte: den ble ikke lest, og øvelsen stoppet.
plain-debrief-out-failed = Kunne ikke skrive debriefen til {$path}: {$reason}. En eventuell tidligere fil der er uendret. Selve øvelsen er lagret: `laget debrief {$session} --format md` skriver ut debriefen igjen.
tui-stopped-unsaved = Den siste lagringen av økt {$session} MISLYKTES: øktfilen har øvelsen fram til siste vellykkede lagring, ikke beslutningene etter den. Fortsett med: laget resume {$session}
tui-save-failed-title = Ikke lagret
tui-save-failed = Øvelsen kunne ikke lagres: {$error}
    
    Dette er tatt vare på: {$path} har øvelsen fram til siste vellykkede lagring. Det som har skjedd etter det, finnes bare på denne skjermen, så øvelsen står stille til en lagring lykkes.
    
    Enter: prøv igjen · q: avslutt (filen beholder det den har)
tui-quit-unsaved = Stoppe øvelsen? Den siste lagringen MISLYKTES: filen har øvelsen fram til siste vellykkede lagring. j: ja · Enter eller annen tast: nei
tui-export-failed = Kunne ikke skrive {$path}: {$reason}. En eventuell tidligere fil der er uendret; selve øvelsen er lagret.
new-bad-id-plain = prøv «{$suggestion}»: i id-er skrives norske bokstaver uten særtegn (ø → o, æ → ae, å → aa)
plain-save-failed = Øvelsen kunne ikke lagres: {$error}. Øktfilen har øvelsen fram til siste vellykkede lagring, ikke det som kom etter; øvelsen stopper her. Fortsett med: laget resume {$session}
tui-signal-stopped-unsaved = Stoppet av et signal. Den siste lagringen MISLYKTES: øktfilen har øvelsen fram til siste vellykkede lagring. `laget resume --latest` fortsetter derfra.
## scoring and debrief (issue 12)
dimension-relational_safety = Relasjonell trygghet
debrief-how-it-ended = Slik endte det
outcome-good = en god slutt
outcome-mixed = en blandet slutt
outcome-poor = en dårlig slutt
debrief-ending-about = Denne slutten handler om: {$dimensions}.
debrief-led-by = Valgene som førte hit
debrief-led-by-you = Valgene dine som førte hit
debrief-reactions-default = Hvordan var det? Hva tar du med deg fra slutten?
debrief-you = du
debrief-departure-taken-you = Du valgte: {$text}
debrief-plus = Pluss: god på {$dimensions}.
debrief-plus-none = Pluss: se etter valgene merket [+] i analysen; ingen dimensjon var sterk denne gangen.
debrief-delta = Delta: mest å hente på {$dimension}.
debrief-delta-none = Delta: alle dimensjonene var sterke; hva skal til for at det holder i en ekte sak?
debrief-improve = Én ting per rolle til neste gang
debrief-improve-you = Én ting for deg til neste gang
debrief-improve-line = {$name}: på dag {$day} var god praksis {$text}
debrief-improve-keep = {$name}: fulgte god praksis hele veien
debrief-full-hint = Dette er den korte debriefen. Med --full (eller JSON-formatet) får du med alt grunnlaget.
breach-confidentiality = taushetsplikten
breach-consent = samtykke
breach-investigates = å undersøke det som hører til barnevernstjenesten eller politiet
breach-warns_suspect = å varsle en mistenkt omsorgsperson før barnevernstjenesten eller politiet
harm-promises_secrecy = lovet barnet hemmelighold som ikke kan holdes
harm-leading_questions = ledende eller utspørrende spørsmål
harm-burdens_child = lot barnet bære de voksnes beslutning
rule-breach = brøt en plikt eller grense: {$detail}
rule-voice_harmed = skadet barnets stemme: {$detail} (0/100)
rule-too_early = {$subject}: for tidlig, uten det grunnlaget som trengs ({$points}/100)
rule-ending_outcome = slutten «{$subject}» handler om denne dimensjonen: høyst {$points}
rule-safe_line = en replikk som gjorde samtalen tryggere ({$detail})
rule-unsafe_line = en replikk som gjorde samtalen mindre trygg ({$detail})
rule-trust_built = {$subject}: {$direction ->
    [down] ned
   *[up] opp
    } {$delta} gjennom samtalen
rule-trust_kept = {$subject}: holdt seg gjennom samtalen
rule-trust_lost = {$subject}: {$direction ->
    [down] ned
   *[up] opp
    } {$delta} gjennom samtalen
check-ending-about-nothing = slutten «{$name}» ({$outcome}) sier ikke hvilken dimensjon utfallet handler om
check-ending-about-nothing-help = legg til `about: [...]` (RoleClarity, ChildVoice, DecisionTiming eller RelationalSafety) og `because: "..."`: et spill som ender her, kan da ikke bli sterkt på dem
check-too-early-decides-nothing = valget «{$name}» er merket too_early, men tar ingen nøkkelbeslutning
check-too-early-decides-nothing-help = legg til `decides: "..."` med beslutningen som tas for tidlig, eller fjern too_early

## Coaching: after a poor choice, the scenario's better one and why
coach-better = Dette ville ha fungert bedre: {$text}

## The room's clocks, role cards and the solo gauge
tui-budget = ⌛ {$used}/{$planned} min
tui-countdown-out = ⏳ tiden er ute
tui-countdown = Nedtelling per beslutning
tui-countdown-off = av
tui-countdown-min = {$min} min
tui-countdown-hint = (t endrer; velger aldri selv)
tui-setup-handouts = Rollekort med de private instruksene, til utskrift: trykk h
tui-handouts-written = Rollekortene er skrevet til {$dir}
tui-handouts-failed = Kunne ikke skrive rollekortene: {$reason}
tui-gauge-setting = Vis hvordan den andre har det
tui-gauge-hint = (g endrer)
tui-brief-private = Denne skjermen er for én person, ikke for rommet. Bruk helst rollekort på papir (h i oppsettet).
gauge-low = lav
gauge-middle = middels
gauge-high = høy
tui-debrief-go-on = Enter: poengene og gjennomgangen
