## General
cli-error = feil
dimension-role_clarity = Rolleklarheit
dimension-child_voice = Barnet si stemme
dimension-decision_timing = Avgjerdstiming

## laget list
list-skipped = merk: hoppa over {$path}: fila har feil (køyr `laget check {$path}`)
list-empty = Fann ingen scenario.
list-line = språk: {$languages} · {$minutes} min · {$roles} roller

## laget check
check-help-label = tips
check-not-found = fila eller mappa finst ikkje
check-summary = Sjekka {$files ->
    [one] éi fil
   *[other] {$files} filer
  }: {$errors ->
    [one] éin feil
   *[other] {$errors} feil
  }, {$warnings ->
    [one] éi åtvaring
   *[other] {$warnings} åtvaringar
  }.
check-syntax = fila er ikkje gyldig RON: {$detail}
check-syntax-help = sjå på den markerte staden og like før han: som regel manglar det eit komma, ein parentes eller eit hermeteikn
check-unknown-field = ukjent felt `{$field}`{$outer ->
    [none] {""}
   *[other] {" "}i {$outer}
  }
check-unknown-field-help = {$suggestion ->
    [none] felta som er tillatne her, er: {$expected}
   *[other] meinte du `{$suggestion}`? Felta som er tillatne her, er: {$expected}
  }
check-missing-field = feltet `{$field}` manglar{$outer ->
    [none] {""}
   *[other] {" "}i {$outer}
  }
check-missing-field-help = legg til `{$field}: …` her; docs/scenario-format.md viser alle felta
check-bad-value = denne verdien passar ikkje her: {$detail}
check-bad-value-help = {$expected ->
    [none] samanlikn med dømet i docs/scenario-format.md
   *[other] venta: {$expected}
  }
check-too-large = fila er {$size} MB, meir enn grensa på {$limit} MB
check-too-large-help = del opp scenarioet, eller sjekk at dette er fila du meinte
check-too-deep = parentesane er nøsta meir enn {$limit} nivå djupt
check-too-deep-help = eit scenario treng aldri så mykje nøsting; sjå etter parentesar som ikkje er lukka, eller ei skadd fil
check-not-utf8 = fila er ikkje UTF-8-tekst (byte {$byte})
check-not-utf8-help = lagre fila som UTF-8 i redigeringsprogrammet ditt
check-empty = fila er tom
check-empty-help = start med `laget new ID` eller dømet i docs/scenario-format.md
check-too-many = for mange {$what ->
    [text] teikn i éin tekst
    [scenes] scenar
    [roles] roller
   *[choices] val i éin scene
  }: høgst {$limit} er tillate
check-too-many-help = del opp scenarioet eller kort ned teksten
check-unreadable = fila kan ikkje lesast: {$reason}
check-unreadable-help = sjekk stien og tilgangsrettane til fila
check-control-char = fila inneheld eit kontrollteikn (eller ein escape-sekvens som lagar eit)
check-control-char-help = fjern det: scenarioteksten blir vist i terminalar, der kontrollteikn kan endre det skjermen viser
check-duplicate-id = id-en "{$name}" er brukt to gonger
check-duplicate-id-help = gi kvar av dei sin eigen id
check-unknown-scene = det finst ingen scene "{$name}"
check-unknown-scene-help = {$suggestion ->
    [none] sjekk stavemåten, eller legg til ein scene med denne id-en
   *[other] meinte du {$suggestion}?
  }
check-unknown-role = det finst inga rolle "{$name}"
check-unknown-role-help = {$suggestion ->
    [none] legg henne til under `roles`, eller bruk id-en til ei standardrolle (docs/scenario-format.md)
   *[other] meinte du {$suggestion}?
  }
check-unknown-responsibility = inga rolle har ansvaret "{$name}"
check-unknown-responsibility-help = {$suggestion ->
    [none] legg det til under `responsibilities` for rolla som har dette ansvaret
   *[other] meinte du {$suggestion}?
  }
check-unknown-key-decision = det finst inga nøkkelavgjerd "{$name}"
check-unknown-key-decision-help = {$suggestion ->
    [none] legg henne inn under `key_decisions`
   *[other] meinte du {$suggestion}?
  }
check-unknown-flag = det finst ikkje noko flagg "{$name}"
check-unknown-flag-help = {$suggestion ->
    [none] legg det inn under `flags`
   *[other] meinte du {$suggestion}?
  }
check-unknown-counter = det finst ingen teljar "{$name}"
check-unknown-counter-help = {$suggestion ->
    [none] legg han inn under `counters`
   *[other] meinte du {$suggestion}?
  }
check-unknown-inject = det finst ikkje noko innspel "{$name}"
check-unknown-inject-help = {$suggestion ->
    [none] legg det inn under `injects`
   *[other] meinte du {$suggestion}?
  }
check-unknown-language = "{$name}" er ikkje eit språk som er støtta her
check-unknown-language-help = bruk "nb", "nn" eller "en"; `translation_of` i ei omsetjing må vere eit anna språk enn språket til omsetjinga
check-bad-date = "{$value}" er ikkje ein gyldig dato
check-bad-date-help = skriv "YYYY-MM-DD" eller "YYYY-MM-DD HH:MM", t.d. "2026-09-07 08:00"
check-misplaced-next = valet "{$name}" er i ein runde og kan ikkje ha sin eigen `next`
check-misplaced-next-help = fjern han: ein runde går vidare til `next` for runden når alle rollene har valt
check-missing-next = valet "{$name}" har ingen `next`
check-missing-next-help = legg til `next: "scene-id"` for å seie kvar øvinga går vidare etter dette valet
check-round-choice-role = valet "{$name}" i ein runde treng ei rolle som er med i runden{$role ->
    [none] {""}
   *[other] {" "}("{$role}" er ikkje med)
  }
check-round-choice-role-help = legg til `role: "…"` med ei av rollene i `roles` for runden
check-not-an-ending = "{$name}" er ikkje ein Ending-scene (avslutning)
check-not-an-ending-help = `timeout` i klokka må vise til ein Ending-scene: det er der øvinga sluttar når tida er ute
check-not-playable = rolla "{$name}" kan ikkje spelast av ein person
check-not-playable-help = vel ei rolle som kan spelast, eller set `playable: true` på rolla
check-bad-exemplary-step = "{$name}" er ikkje eit val i dette scenarioet
check-bad-exemplary-step-help = skriv kvart steg som "scene-id.choice-id"
check-unreachable = scenen "{$name}" kan aldri nåast
check-unreachable-help = la eit val eller ein `next` føre dit, eller fjern scenen
check-dead-end = scenen "{$name}" har ingen val, så øvinga ville stoppa her
check-dead-end-help = legg til val, eller gjer scenen til ein Ending
check-no-ending = ingen avslutning kan nåast frå scenen "{$name}"
check-no-ending-help = sjå til at ein veg herifrå fører til ein Ending-scene; elles er det berre tidsavbrotet (`timeout`) som kan avslutte øvinga
check-zero-time-cycle = scenane {$scenes} dannar ei løkke der inga tid går
check-zero-time-cycle-help = gi eitt av stega i løkka ei `elapsed`-tid, slik at tidshorisonten blir nådd til slutt
check-key-decision-unreachable = nøkkelavgjerda "{$name}" kan aldri takast
check-key-decision-unreachable-help = legg til `decides: "{$name}"` på eit val i ein scene som kan nåast
check-exemplary-not-legal = det tilrådde forløpet (`exemplary_path`) let seg ikkje spele: {$detail}
check-exemplary-not-legal-help = før opp i rekkjefølgje vala som blir tekne av personar (ikkje av programmet), frå start til ei avslutning, som "scene.choice"
check-impossible-condition = desse vilkåra kan aldri vere oppfylte samtidig: {$detail}
check-impossible-condition-help = fjern eitt av vilkåra som motseier kvarandre
check-window-order = tidsvindauget for "{$name}" sluttar før det byrjar
check-window-order-help = det må vere ideal_from ≤ ideal_to ≤ latest
check-negative-duration = varigheita {$value} er negativ (eller null der tid må gå)
check-negative-duration-help = simulert tid går berre framover: bruk null eller meir (horisonten må vere meir enn null)
check-duration-too-large = varigheita {$value} er for lang
check-duration-too-large-help = varigheiter kan vere høgst 100 år
check-bad-percent = {$value} er ikkje ein prosentverdi
check-bad-percent-help = skriv eit sannsyn frå 0 til 100
check-translation-differs = denne omsetjinga har ikkje same struktur som originalen ({$lang}). Manglar: {$missing}. Ekstra: {$extra}. Ulikt: {$differs}
check-translation-differs-help = ei omsetjing endrar berre tekst: dei same id-ane, scenane, vala og overgangane som originalen
check-duplicate-translation = det finst alt ein versjon på "{$name}" av dette scenarioet: {$other}
check-duplicate-translation-help = ha éi fil per språk
check-original-missing = fann ikkje originalen ({$lang}) til "{$name}"
check-original-missing-help = legg originalen ved sida av denne fila, med namnet "{$name}.{$lang}.ron"
check-role-never-acts = rolla "{$name}" handlar aldri i dette scenarioet
check-role-never-acts-help = gi rolla ei avgjerd eller ein del i ein runde, eller set `playable: false`
check-no-voice-opportunity = scenarioet har ingen høve der barnet si stemme kan kome fram, og kan difor ikkje måle barnet si stemme
check-no-voice-opportunity-help = legg til ei `voice_opportunities`-oppføring for ein scene der barnet kunne ha blitt informert, høyrt eller involvert
check-voice-outside-opportunity = valet "{$name}" set `child_voice` i ein scene som ikkje er dekt av noko høve, så det gir ikkje poeng
check-voice-outside-opportunity-help = legg til scenen i ei `voice_opportunities`-oppføring
check-all-choices-conditional = alle vala i "{$name}" har vilkår; viss ingen av dei er oppfylte, endar øvinga i "{$timeout}"
check-all-choices-conditional-help = la minst eitt val vere utan vilkår, med mindre det er den avslutninga du vil ha
check-unused-flag = flagget "{$name}" blir aldri lese
check-unused-flag-help = bruk det i eit vilkår, eller fjern det
check-exemplary-not-good = det tilrådde forløpet får under 80 poeng: {$detail}
check-exemplary-not-good-help = det tilrådde forløpet skal vise god praksis: sjekk fakta i vala (performs, child_voice, decides) og tidsvindauga
check-length-tell = det tilrådde valet er den lengste teksten i {$longest} av {$decisions} avgjerder i det tilrådde forløpet: ei gruppe lærer seg å velje det lengste svaret
check-length-tell-help = skriv gale val like fyldig som det rette (det ein sliten, snill og travel fagperson faktisk ville sagt), eller gjer det rette kortare; `laget explore` viser kva det gir å alltid velje det lengste

## Debrief
mode-group = gruppemodus
mode-solo = solomodus
band-strong = god
band-partial = delvis
band-weak = svak
debrief-title = Debrief: {$title}
debrief-meta = Frø {$seed} · {$mode}
debrief-what-happened = Kva som skjedde
debrief-ending = Avslutning: {$title}
debrief-not-ended = Øvinga stoppa før ho nådde ei avslutning.
debrief-dimension = Dimensjon
debrief-score = Poeng
debrief-day = dag {$day}
timeline-first-concern = den første uroa
timeline-key-decision = nøkkelavgjerd: {$text}
timeline-inject = innspel: {$text}
timeline-ending = avslutning: {$text}
interval-first-action = Frå den første uroa til den første handlinga: {$days ->
    [one] éin dag
   *[other] {$days} dagar
  }
interval-no-action = Ingen gjorde noko med uroa.
interval-decision = Frå den første uroa til «{$subject}»: {$days ->
    [one] éin dag
   *[other] {$days} dagar
  }
interval-decision-never = «{$subject}» vart aldri avgjort
interval-end = Saka varte i {$days ->
    [one] éin dag
   *[other] {$days} dagar
  } i alt
debrief-no-evidence = Ingenting i denne gjennomføringa hadde noko å seie for denne dimensjonen.
debrief-plus-delta = Pluss og delta
debrief-departure = Avvik frå det tilrådde forløpet
debrief-departure-exemplary = God praksis her: {$text}
debrief-departure-taken = Laget valde: {$text}
debrief-departure-cost = Poeng mot det tilrådde forløpet: rolleklarheit {$rc}, barnet si stemme {$cv}, avgjerdstiming {$dt}.
debrief-roles = Rolleklarheit per rolle
debrief-role-line = {$name}: {$for} for, {$against} mot ({$score})
debrief-conversations = Samtalar
debrief-state-change = {$label}: {$from} → {$to}
debrief-notes = Notat frå fasilitatoren
phase-reactions = Reaksjonar
phase-analysis = Analyse
phase-summary = Oppsummering
debrief-learning = Læringspunkt
rule-own_responsibility = tok eige ansvar: {$subject}
rule-clear_lead = éi teneste tok leiinga i runden
rule-passes_on = sende saka vidare i staden for å handle
rule-oversteps = tok ansvaret til ei anna teneste: {$subject}
rule-parallel_measures = parallelle tiltak i same runde
rule-no_lead = ingen tok leiinga i runden
rule-several_leads = fleire tenester ville ta leiinga i runden
rule-needed_not_performed = ingen gjorde dette: {$subject}
rule-opportunity_used = gav stemma til barnet det rommet ho kunne få her ({$points}/100)
rule-opportunity_missed = tapt høve: {$subject} ({$points}/100)
rule-in_window = {$subject}: i god tid ({$points}/100)
rule-early = {$subject}: tidlegare enn det var grunnlag for ({$points}/100)
rule-late = {$subject}: seint ({$points}/100)
rule-after_latest = {$subject}: etter seinaste akseptable tidspunkt ({$points}/100)
rule-never_made = {$subject}: aldri avgjort (0/100)
rule-not_applicable = {$subject}: gjeld ikkje i dette forløpet (vert ikkje rekna med)
quality-warm = varm
quality-honest = ærleg
quality-clear = tydeleg
quality-acknowledges = anerkjennande
quality-opens = opnar
quality-reflects_back = speglar
quality-reassures = roar
quality-takes_responsibility = tek vaksenansvar
quality-evades = unnvikande
quality-frightens = skremmer
quality-closes = lukkar
quality-leads = leiande
quality-pressures = pressar
quality-blames = legg skuld

## Plain mode
plain-turn = {$role} vel:
plain-round-turn = Runde: {$role} vel si eiga handling:
plain-not-a-choice = Ikkje eit val: svar med eit tal frå 1 til {$max}, eller /help.
plain-note-saved = Notatet er lagra.
plain-injects = Innspel du kan gi (/inject ID):
plain-inject-random = kan òg kome av seg sjølv
plain-no-such-inject = Det finst ikkje noko innspel «{$id}». /inject viser dei.
plain-inject-not-now = Innspelet «{$id}» kan ikkje kome no.
plain-undone = Den siste avgjerda vart angra.
plain-nothing-to-undo = Det er inga avgjerd å angre.
plain-brief-for = Berre {$role} les dette:
plain-no-brief = (Denne rolla har ingen privat rolleinstruks.)
plain-commands = Kommandoar: /note TEKST, /inject, /inject ID, /undo, /brief, /quit
plain-feedback = Tilbakemelding
plain-qualities = I samtalen
plain-date = {$weekday} {$day}. {$month} {$year}, kl. {$time} · dag {$n}
plain-ending = Slutt: {$title}
plain-horizon = Tida er ute for denne saka.
plain-stuck = Ingen val var moglege her: øvinga sluttar.
plain-replay-failed = Økt {$session} passar ikkje lenger til scenarioet sitt og kan ikkje takast opp att.
plain-stopped = Økta er lagra. Hald fram med: laget resume {$session}
plain-seed = Frø: {$seed}
weekday-0 = måndag
weekday-1 = tysdag
weekday-2 = onsdag
weekday-3 = torsdag
weekday-4 = fredag
weekday-5 = laurdag
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
cli-unknown-scenario = Det finst ikkje noko scenario "{$name}". Kjende scenario: {$known}. Du kan òg oppgi stien til ei .ron-fil.
cli-unknown-role = "{$name}" er ikkje ei rolle ein person kan spele her. Vel ei av: {$known}
cli-unknown-scene = Det finst ingen scene "{$name}" i dette scenarioet.
cli-no-finished = Det finst inga fullført økt å vise debriefen av. `laget sessions` viser øktene.
cli-no-unfinished = Det finst inga uferdig økt å halde fram med. `laget sessions` viser øktene.
cli-already-finished = Økt {$session} er ferdig. `laget debrief {$session}` viser debriefen.
cli-not-finished = Økt {$session} er ikkje ferdig enno. Hald fram med: laget resume {$session}
cli-scenario-changed = Merk: scenarioet er endra sidan denne økta starta; økta held fram med versjonen ho starta med.
sessions-none = Ingen lagra økter.
sessions-finished = ferdig
sessions-unfinished = ikkje ferdig

## Terminal UI
tui-no-terminal = Fullskjermvisinga av øvinga treng ein terminal (prøv --plain)
tui-stdout-not-terminal = Fullskjermøvinga treng ein terminal på standard utdata, men standard utdata går til ei fil eller eit røyr. Bruk --plain for å spele linje for linje til ei fil eller eit røyr.
tui-paste-ignored = Innliming går berre inn i eit notat (n): teksten vart lagd til side, og ingenting vart vald.
tui-paused-hold = På pause: ingen val blir tekne. Trykk p for å halde fram.
tui-so-far = Så langt
tui-so-far-intro = Øvinga held fram der ho stoppa. Dette har skjedd så langt; Enter går vidare til avgjerda som ventar.
tui-too-small = Vindauget er for lite for øvinga: gjer det minst {$w}×{$h} teikn, eller bruk mindre skrift.
tui-home-title = Scenario
tui-details = Om scenarioet
tui-target-group = Målgruppe
tui-duration-minutes = {$label}: {$minutes} min
tui-duration = Varigheit
tui-roles = Roller
tui-objectives = Læringsmål
tui-keys-home = ↑↓ vel · Enter set opp · r hald fram med lagra økt · ? hjelp · q avslutt
tui-keys-setup = ↑↓ felt · ←→ endre · Enter start · Esc tilbake · ? hjelp
tui-keys-play = 1–9 vel · b instruks · i innspel · n notat · u angre · p pause · ? · q avslutt
tui-keys-solo = 1–9 vel · g målar · b instruks · n notat · u angre · p pause · ? · q avslutt
tui-keys-paused = p hald fram · n notat · ? hjelp · q avslutt
tui-keys-page = Enter/mellomrom vidare · n notat · u angre · ? hjelp · q avslutt
tui-keys-debrief = ↑↓ PgUp PgDn Home End · 1–{$last}/Tab del · e eksporter · ? hjelp · q avslutt
tui-keys-ending = ↑↓ bla · e eksporter · ? hjelp · q avslutt
tui-setup-title = Set opp øvinga
tui-mode = Modus
tui-mode-group = gruppe (alle spelar)
tui-mode-solo = solo (øv åleine)
tui-your-role = Rolla di
tui-coaching = Tilbakemelding etter kvart val
tui-on = på
tui-off = av
tui-seed = Frø
tui-setup-group-hint = Gruppemodus: dei som er i rommet, speler alle rollene; skjermen viser kven sin tur det er.
tui-setup-solo-hint = Solo: du spelar éi rolle; programmet spelar dei andre og gir tilbakemelding undervegs.
tui-setup-start = Trykk Enter for å starte.
tui-paused = (pause)
tui-story = Saka
tui-event = Innspel
tui-continue = Enter: vidare
tui-actor = {$role} vel
tui-actor-round = Runde: {$role} vel si eiga handling
tui-choices = Val
tui-how-to-choose = Ingenting er vald enno: trykk nummeret på eit val, eller flytt med ↑/↓ og trykk Enter.
tui-board = Laget
tui-board-legend = ▶ skal velje  ✓ har valt i denne runden  ● til stades  ○ borte
tui-inject-done = Innspel: {$title}
tui-exported = Lagra: {$md} og {$json}
tui-quit-title = Avslutte?
tui-quit = Avslutte programmet? j / Enter: ja · ein annan tast: nei
tui-quit-saved = Stoppe øvinga? Ho er lagra og kan takast opp att seinare. j: ja · Enter eller annan tast: nei
tui-injects-title = Gi eit innspel (1–9 eller ↑↓ Enter, Esc: avbryt)
tui-choice-not-shown = Val {$n} var ikkje på skjermen: no blir det vist. Trykk {$n} eller Enter for å velje det.
tui-injects-how = Ingenting er vald enno: trykk nummeret til innspelet, eller flytt med ↑↓ og trykk Enter.
tui-no-injects = Ingen innspel kan kome på dette punktet i øvinga.
tui-note-title = Notat frå fasilitator (Enter: lagre, Esc: avbryt)
tui-brief-title = Privat rolleinstruks
tui-brief-gate = No kjem den private instruksen til {$role}, ikkje for rommet: slå av projektoren eller gi skjermen til {$role} først. Enter: vis instruksen · ein annan tast: tilbake
tui-help-title = Hjelp
tui-help-text =
    Startskjerm: ↑↓ vel eit scenario · Enter set det opp · r hald fram med den sist lagra økta.
    Oppsett: ↑↓ felt · ←→ endre · Enter start · t nedteljing · h rollekort · g målar (solo).
    Øving: 1–9 tek det valet for rolla som har tur; eller ↑↓ og så Enter.
    Enter eller mellomrom går vidare når det ikkje er noko å velje.
    b privat rolleinstruks (berre den rolla ser) · i innspel · n notat · u angre siste avgjerd.
    p pause (tidtakaren og vala) · g korleis den andre har det (solo) · PgUp/PgDn bla.
    Debrief: slutten først, Enter for resten · ↑↓ PgUp PgDn Home End bla · eit siffer eller Tab: ein del · e lagre som Markdown og JSON.
    q avsluttar (du blir spurd først); ei påbyrja øving er lagra, og `laget resume` held fram med ho. Ctrl-C to gonger avsluttar med ein gong.
    ↑↓ PgUp PgDn blar i hjelpa; ein annan tast lukkar ho.
tui-date = {$weekday} {$day}. {$month} {$year} · dag {$n} sidan første uro
tui-date-medium = {$weekday} {$day}. {$month} {$year} · dag {$n}
tui-date-short = {$day}.{$month}.{$year} · dag {$n}
tui-more-below = meir ↓
tui-more-above = meir ↑
tui-signal-left = Stoppa av eit signal. Ingenting er tapt: inga øving vart ståande uferdig.
tui-signal-stopped = Stoppa av eit signal. Alle avgjerder er lagra: `laget resume --latest` held fram.

## Handouts
handout-index-title = Rollekort: {$title}
handout-about-role = Rolla di
handout-responsibilities = Dette har rolla di ansvar for
handout-brief = Berre for deg
handout-privacy = Ei oppdikta sak til ei øving. Ikkje legg inn verkelege opplysningar om noko barn.
tui-labels = Kven speler kva rolle (valfritt: ↓ til ei rolle og skriv initialar; aldri namnet til eit barn)
tui-label-empty = (rollenamnet)

## laget explore
explore-title = Utforska {$title} ({$id}): {$walks ->
    [one] éi gjennomspeling
   *[other] {$walks} gjennomspelingar
  }, {$steps ->
    [one] eitt val
   *[other] {$steps} val
  } · {$mode} · frø {$seed}
explore-exhaustive = Alle ulike vegar, kvar spela med frø {$seed} (tilfeldige innspel kjem slik frøet avgjer på kvar veg).
explore-complete = Alle vegane vart gått gjennom.
explore-cut-paths = Stoppa etter {$limit ->
    [one] éin veg
   *[other] {$limit} vegar
  }: scenarioet har fleire (auk --max-paths for å gå vidare).
explore-cut-depth = Vegar med meir enn {$limit} avgjerder vart kutta der.
explore-speed = Tid: {$seconds} s · {$walks} gjennomspelingar/s · {$steps} val/s
explore-no-walks = Ingen gjennomspelingar vart gjorde.
explore-endings = Avslutningar
explore-scores = Poeng (lågast · nedre kvartil · median · øvre kvartil · høgast)
explore-unreached-scenes = Scener som aldri vart nådde
explore-unreached-choices = Val som aldri vart tekne
explore-dead-choices = Daude val (ingen prøve viste ei anna avslutning eller poengsum enn eit syskenval)
explore-dead-line = {$choice}: same avslutning og poeng som {$same} ({$probes} samanlikningar)
explore-strategies = Naive strategiar (snitt rolleklarheit/barnet si stemme/timing; del av spela som er sterke på alt):
explore-strategy-first = alltid det første valet som blir vist
explore-strategy-longest = alltid den lengste teksten
explore-strategy-shortest = alltid den kortaste teksten
explore-strategy-line = {$strategy}: {$scores} (snitt {$mean}), sterk på alt i {$strong} % av {$plays} spel
explore-tell = AVSLØRER: «{$strategy}» får nesten like mykje som beste veg eller er ofte sterk på alt; ei gruppe vil finne det. Skriv om vala så verken plass eller lengd røper svaret.
explore-tell-first = AVSLØRER: «{$strategy}» (eit tilfeldig val, sidan rekkjefølgja blir trekt frå frøet) får nesten like mykje som beste veg eller er ofte sterk på alt: for få avgjerder, eller for få reelle alternativ i dei, til at flaks ikkje vinn.
explore-no-tell = Ingen naiv strategi kjem innanfor 15 poeng av beste veg eller er sterk på alt i meir enn 10 % av spela.
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

## Session files
store-not-found = Det finst inga økt «{$which}» (såg etter {$path}). `laget sessions` viser dei.
store-empty = Øktfila {$path} er tom: ho vart oppretta, men aldri skriven.
store-damaged = Øktfila {$path} er skadd og vart late vere som ho er ({$detail}).
store-format = Øktfila {$path} har format {$found}; denne versjonen av laget les format {$expected}.
store-bad-id = «{$id}» er ikkje ein økt-id (berre bokstavar, siffer, - og _).
store-bad-scenario = Scenarioet som er lagra i økt {$session}, har feil eller passar ikkje lenger til økta, så ho kan ikkje spelast vidare.
store-io = Kan ikkje skrive {$path}: {$detail}
store-too-many = For mange økter vart starta i same sekund; prøv igjen.
cli-no-home = Det finst inga datamappe: gi --home MAPPE eller set LAGET_HOME.
tui-no-solo-role = Dette scenarioet har inga rolle du kan spele åleine: vel gruppemodus.

## calendar (issue 19)
check-bad-closed-day = "{$value}" er ikkje ein stengd dag
check-bad-closed-day-help = skriv ein dato "YYYY-MM-DD" eller eit tidsrom "YYYY-MM-DD..YYYY-MM-DD" (første dag først), t.d. "2026-10-05..2026-10-09"
check-bad-anchor-time = "{$value}" i "{$scene}" er ikkje eit klokkeslett
check-bad-anchor-time-help = skriv "TT:MM" med 24-timarsklokke, t.d. "14:00"
check-start-on-closed-day = klokka startar {$value}, ein dag barnehagar og skular er stengde
check-start-on-closed-day-help = første scene blir flytt til neste opne dag; start på ein kvardag som ikkje er heilagdag eller stengd dag, eller merk første scene med any_day: true
check-weekday-not-in-text = "{$scene}" er forankra med NextWeekday({$weekday}, …), men teksten nemner ein annan vekedag
check-weekday-not-in-text-help = forankra scena på vekedagen teksten nemner, eller endra teksten
check-key-decision-any-day = scena "{$scene}" kan skje på ein stengd dag, og nøkkelavgjerda "{$name}" blir teken der
check-key-decision-any-day-help = nøkkelavgjerder blir tekne når tenestene er opne: fjern any_day: true, eller ta avgjerda i ei anna scene
check-anchor-in-round = valet "{$name}" i ein runde har eit anker (at), som ikkje blir brukt
check-anchor-in-round-help = ein runde går vidare samla: set ankeret på scena runden fører til
interval-working-days = ({$days ->
    [one] éin arbeidsdag
   *[other] {$days} arbeidsdagar
  })
explore-closed-days = Scener på stengde dagar (helg, heilagdagar, scenarioet sine stengde dagar):
explore-closed-line = {$scene}: {$walks ->
    [one] éi gjennomspeling
   *[other] {$walks} gjennomspelingar
  }, første gong {$date} ({$reason}){ $anyday ->
    [yes] , merkt any_day
   *[no] {""}
}
explore-closed-decides = nøkkelavgjerder tekne der: {$decisions}
explore-closed-why = { $kind ->
    [weekend] helg
    [declared] stengd dag i scenarioet
   *[holiday] heilagdag: {$name}
}
## authoring (issue 16)
syntax-comma = her skulle det ha stått eit komma eller ein avsluttande parentes
syntax-array = her skal det stå ei liste i hakeparentesar `[ … ]`
syntax-array-end = lista er ikkje lukka: her manglar ein `]`
syntax-struct = her skal det stå ein `(`
syntax-struct-end = her manglar ein avsluttande `)`
syntax-string = her skal det stå ein tekst i rette hermeteikn `"…"`
syntax-string-end = ein tekst er ikkje avslutta: det avsluttande `"` manglar
syntax-identifier = her skal det stå eit feltnamn
syntax-integer = her skal det stå eit heiltal
syntax-boolean = her skal det stå `true` eller `false`
syntax-colon = her manglar eit `:`
syntax-eof = fila sluttar for tidleg: truleg manglar ein avsluttande parentes
syntax-trailing = det står noko etter slutten av scenarioet (den siste `)`)
syntax-comment = ein kommentar er ikkje lukka
syntax-escape = ei omvend skråstrek `\` i ein tekst må følgjast av n, t, " eller ei omvend skråstrek til
syntax-char = uventa teikn `{$char}`
check-straight-quote = eit rett hermeteikn (") inne i ein tekst avsluttar teksten for tidleg, etter "{$text}"
check-straight-quote-help = skriv «…» inne i teksten i staden, eller \" for eit rett hermeteikn
check-whole-number = her trengst eit heiltal, ikkje {$number}
check-whole-number-help = varigheiter og tal er heiltal: bruk ei mindre eining i staden (Hours(36), ikkje Days(1.5))
check-curly-quote = det typografiske hermeteiknet {$quote} kan ikkje opne eller lukke ein tekst: RON krev rette hermeteikn (")
check-curly-quote-help = skriv "…" rundt teksten (eit tekstbehandlingsprogram gjer " om til {$quote}); inne i ein tekst går typografiske hermeteikn fint
check-missing-comma = her manglar eit komma mellom to verdiar
check-missing-comma-help = set komma etter kvart felt og kvart element i ei liste: title: "…", language: "nn",
check-stray-bom = her står eit usynleg byte-rekkjefølgjemerke (BOM, U+FEFF) midt i fila
check-stray-bom-help = slett det usynlege teiknet på den markerte staden (to filer som er lima saman, etterlèt ofte eitt); eit merke heilt først i fila er i orden
check-round-role-absent = rolla "{$name}" skal svare i runden "{$scene}", men er aldri til stades: ho har `present: false`, og ingenting får henne til å bli med
check-round-role-absent-help = set `present: true` på rolla, eller legg `Join("{$name}")` på eit tidlegare val eller eit innspel; ein runde spør berre rollene som er til stades
check-translation-unmarked = denne fila ser ut som omsetjinga til {$own} av "{$name}" ({$lang}): ho har same id, men ingen `translation_of`
check-translation-unmarked-help = legg til `translation_of: "{$lang}"` etter `language`, så laget veit at det er ei omsetjing; ho vart samanlikna med originalen likevel
plain-auto-said = {$role}: {$text}
graph-if = viss {$x}
graph-and = og
graph-not = ikkje {$x}
graph-visited = har vore i {$x}
graph-not-visited = ikkje vore i {$x}
graph-after = etter {$x}
graph-before = før {$x}
graph-present = {$x} til stades
graph-absent = {$x} borte
graph-decided = avgjort {$x}
graph-not-decided = ikkje avgjort {$x}
graph-injected = etter innspelet {$x}
graph-timeout = tida er ute
graph-outcome-good = godt
graph-outcome-mixed = blanda
graph-outcome-poor = dårleg
graph-unit-minutes = min
graph-unit-hours = t
graph-unit-days = d
graph-unit-working-days = ad
graph-unit-weeks = v
help-heading-usage = Bruk:
help-heading-commands = Kommandoar
help-heading-options = Val
help-heading-arguments = Argument
help-flag-help = Vis hjelp (meir med «--help»)
help-flag-version = Vis versjonen
help-laget = Beredskapsøvingar for laget rundt barnet
help-laget-long = Beredskapsøvingar for laget rundt barnet. Køyr `laget` utan kommando for å opne øvinga på startsida. Scenarioa er oppdikta saker skrivne i RON; sjå docs/scenario-format.md, og docs/cli.md for alle kommandoane.
help-laget--lang = Språket i teksten til programmet (standard: frå LC_ALL, LC_MESSAGES, LANG)
help-laget--home = Kvar økter, autolagringar og eksporterte debriefar ligg (også LAGET_HOME)
help-laget-help = Vis denne hjelpa eller hjelpa til ein kommando
help-laget-check = Sjekk scenariofiler (i ei mappe blir det søkt etter *.ron)
help-laget-check--paths = Scenariofiler eller mapper
help-laget-check--format = Utdataformat: human (linjer med FIL:LINJE:KOLONNE og eit utdrag) eller json
help-laget-check--deny_warnings = Avslutt med 1 også ved åtvaringar
help-laget-list = Vis scenarioa som finst
help-laget-list--format = Utdataformat
help-laget-play = Spel eit scenario (øvinga i fullskjerm, eller linje for linje med --plain)
help-laget-play--scenario = Ein scenario-id frå `laget list`, eller stigen til ei .ron-fil
help-laget-play--mode = Gruppe (alle spelbare roller avgjer) eller solo (éi rolle; maskina spelar resten)
help-laget-play--role = Solo: rolla spelaren tek (standard: solorolla til scenarioet)
help-laget-play--seed = Frø for rekkjefølgja på vala, innspel og tilfeldigheiter i øvinga (standard: blir trekt og vist)
help-laget-play--coach = Vis tilbakemelding etter kvart val (standard i solo)
help-laget-play--no_coach = Spar tilbakemeldinga til debriefen (standard i gruppe)
help-laget-play--from = Start i denne scenen (for forfattarar), med starttilstanden til scenarioet
help-laget-play--plain = Linjemodus for skjermlesarar, røyr og skript
help-laget-play--format = Format på debriefen som blir skriven ut til slutt (og til --debrief-out)
help-laget-play--debrief_out = Skriv debriefen også til denne fila
help-laget-resume = Hald fram med ei lagra økt nøyaktig der ho stoppa
help-laget-resume--session = Ein økt-id frå `laget sessions`, eller ei øktfil
help-laget-resume--latest = Den sist skrivne uferdige økta (standard utan ØKT)
help-laget-resume--plain = Linjemodus for skjermlesarar, røyr og skript
help-laget-resume--format = Format på debriefen som blir skriven ut til slutt (og til --debrief-out)
help-laget-resume--debrief_out = Skriv debriefen også til denne fila
help-laget-sessions = Vis lagra økter
help-laget-sessions--format = Utdataformat
help-laget-debrief = Skriv ut debriefen frå ei ferdig økt på nytt
help-laget-debrief--session = Ein økt-id eller ei øktfil (utan: den sist fullførte økta)
help-laget-debrief--latest = Den sist fullførte økta
help-laget-debrief--format = Format på debriefen
help-laget-play--full = Alt grunnlaget i debriefen, ikkje berre dei to eller tre punkta som avgjorde kvar poengsum
help-laget-resume--full = Alt grunnlaget i debriefen, ikkje berre dei to eller tre punkta som avgjorde kvar poengsum
help-laget-debrief--full = Alt grunnlaget, ikkje berre dei to eller tre punkta som avgjorde kvar poengsum
help-laget-handouts = Skriv eitt utskrivbart rollekort i Markdown per spelbar rolle i MAPPE
help-laget-handouts--scenario = Ein scenario-id frå `laget list`, eller stigen til ei .ron-fil
help-laget-handouts--out = Mappa rollekorta blir skrivne i
help-laget-explore = Spel scenarioet mange gonger automatisk: avslutningar, poeng, dekning, daude val
help-laget-explore--scenario = Ein scenario-id frå `laget list`, eller stigen til ei .ron-fil
help-laget-explore--walks = Kor mange tilfeldige gjennomspelingar
help-laget-explore--seed = Frøet kvar gjennomspeling trekkjer sitt eige frø frå (med --exhaustive: frøet for alle vegane)
help-laget-explore--exhaustive = Gå gjennom alle ulike vegar i staden for tilfeldige gjennomspelingar (opp til --max-paths)
help-laget-explore--max_paths = Med --exhaustive: stopp etter så mange vegar
help-laget-explore--mode = Gruppe (alle spelbare roller avgjer) eller solo (éi rolle; maskina spelar resten)
help-laget-explore--role = Solo: rolla gjennomspelingane spelar (standard: solorolla til scenarioet)
help-laget-explore--format = Utdataformat
help-laget-graph = Skriv ut forgreiningane i scenarioet (Graphviz DOT eller Mermaid)
help-laget-graph--scenario = Ein scenario-id frå `laget list`, eller stigen til ei .ron-fil
help-laget-graph--format = dot (Graphviz: laget graph S | dot -Tsvg > s.svg) eller mermaid (blir vist på GitHub og GitLab)
help-laget-new = Skriv eit nytt scenario frå ein mal (på språket i --lang) og eit utkast til rettleiing for fasilitatoren
help-laget-new--id = Id-en til det nye scenarioet: små bokstavar, siffer, «-» og «_»
help-laget-new--out = Mappa <ID>.<språk>.ron og <ID>.<språk>.md blir skrivne i
help-laget-completions = Skriv ut fullføring for eit skal
help-laget-completions--shell = Skalet det gjeld
explore-dead-proven = Prova: alle vegar vart gått gjennom, og ved kvar avgjerd gav vala på lista dei same moglege avslutningane og poenga.
explore-dead-cut = Ikkje prova: gjennomgangen vart avbroten. Auk --max-paths for å prove lista.
explore-dead-unproven = Ikkje prova: tilfeldige gjennomspelingar kan oversjå eit daudt val, eller ta to val for å vere like. For å prove lista: {$command}
check-exemplary-role-absent = steget "{$step}" i det tilrådde forløpet er eit val for "{$name}", som ikkje er til stades i runden "{$scene}" på dette forløpet
check-exemplary-role-absent-help = ein runde spør berre rollene som er til stades: la eit val eller eit innspel på det tilrådde forløpet gjere `Join("{$name}")` før runden, eller ta vala til rolla ut av forløpet
## reliability (issue 15)
check-bad-id = «{$name}» kan ikkje vere ein id: id-ar skriv ein berre med små bokstavar a–z, siffer, «-» og «_» (1 til {$max} teikn, og det første er ein bokstav eller eit siffer)
check-bad-id-help = {$suggestion ->
    [none] gi han eit nytt namn med berre desse teikna: id-ar blir filnamn, etikettar i grafen og namn på økter
   *[other] {$norwegian ->
        [yes] skriv {$suggestion}: i id-ar skriv ein norske bokstavar utan særteikn (ø → o, æ → ae, å → aa)
       *[other] skriv {$suggestion}: id-ar blir filnamn, etikettar i grafen og namn på økter
    }
  }
check-too-many-indexed = {$count} {$what ->
    [injects] innspel
    [key_decisions] nøkkelavgjerder
   *[responsibilities] ansvarsområde
  }: grensa er {$limit}
check-too-many-indexed-help = kvart steg i øvinga blir sjekka mot alle saman; slå saman eller fjern nokre
check-long-condition = {$count} vilkår i éi liste: grensa er {$limit}
check-long-condition-help = kvart vilkår blir vurdert ved kvart steg der det gjeld; del opp scenen eller bruk eit flagg som blir sett tidlegare
store-locked = Økt {$session} er open i ein annan laget. Avslutt ho der først; berre éin laget om gongen kan skrive til ei økt.
store-too-large = Øktfila {$path} er større enn noka økt kan vere ({$limit} MB); ho vart ikkje lesen og er late vere som ho er.
store-bad-dir = Datamappa {$path} kan ikkje lesast ({$detail}). Sjekk --home eller LAGET_HOME og tilgangen til mappa.
sessions-damaged = {$name}  SKADD, late vere som ho er: {$reason}
cli-no-unfinished-damaged = Det finst inga lesbar uferdig økt å halde fram med, men {$count ->
    [one] éi øktfil er skadd
   *[other] {$count} øktfiler er skadde
  }: `laget sessions` viser {$count ->
    [one] henne
   *[other] dei
  } med årsaka.
cli-debrief-out-bad = Kan ikkje skrive debriefen til {$path} ({$reason}). Ingenting er starta: oppgi ei fil i ei mappe som finst og kan skrivast til.
plain-output-closed = Standard ut vart lukka; øvinga stoppa.
plain-line-too-long = Ei linje i inndata er lengre enn {$max} byte: ho vart ikkje lesen, og øvinga stoppa.
plain-debrief-out-failed = Kunne ikkje skrive debriefen til {$path}: {$reason}. Ei eventuell tidlegare fil der er uendra. Sjølve øvinga er lagra: `laget debrief {$session} --format md` skriv ut debriefen på nytt.
tui-stopped-unsaved = Den siste lagringa av økt {$session} MISLUKKAST: øktfila har øvinga fram til siste vellukka lagring, ikkje avgjerdene etter ho. Hald fram med: laget resume {$session}
tui-save-failed-title = Ikkje lagra
tui-save-failed = Øvinga kunne ikkje lagrast: {$error}
    
    Dette er teke vare på: {$path} har øvinga fram til siste vellukka lagring. Det som har skjedd etter det, finst berre på denne skjermen, så øvinga står still til ei lagring lukkast.
    
    Enter: prøv igjen · q: avslutt (fila held på det ho har)
tui-quit-unsaved = Stoppe øvinga? Den siste lagringa MISLUKKAST: fila har øvinga fram til siste vellukka lagring. j: ja · Enter eller annan tast: nei
tui-export-failed = Kunne ikkje skrive {$path}: {$reason}. Ei eventuell tidlegare fil der er uendra; sjølve øvinga er lagra.
new-bad-id-plain = prøv «{$suggestion}»: i id-ar skriv ein norske bokstavar utan særteikn (ø → o, æ → ae, å → aa)
plain-save-failed = Øvinga kunne ikkje lagrast: {$error}. Øktfila har øvinga fram til siste vellukka lagring, ikkje det som kom etter; øvinga stoppar her. Hald fram med: laget resume {$session}
tui-signal-stopped-unsaved = Stoppa av eit signal. Den siste lagringa MISLUKKAST: øktfila har øvinga fram til siste vellukka lagring. `laget resume --latest` held fram derifrå.
## scoring and debrief (issue 12)
dimension-relational_safety = Relasjonell tryggleik
debrief-how-it-ended = Slik enda det
outcome-good = ein god slutt
outcome-mixed = ein blanda slutt
outcome-poor = ein dårleg slutt
debrief-ending-about = Denne slutten handlar om: {$dimensions}.
debrief-led-by = Vala som førte hit
debrief-led-by-you = Vala dine som førte hit
debrief-reactions-default = Korleis var det? Kva tek du med deg frå slutten?
debrief-you = du
debrief-departure-taken-you = Du valde: {$text}
debrief-plus = Pluss: god på {$dimensions}.
debrief-plus-none = Pluss: sjå etter vala merkte [+] i analysen; ingen dimensjon var sterk denne gongen.
debrief-delta = Delta: mest å hente på {$dimension}.
debrief-delta-none = Delta: alle dimensjonane var sterke; kva skal til for at det held i ei verkeleg sak?
debrief-improve = Éin ting per rolle til neste gong
debrief-improve-you = Éin ting for deg til neste gong
debrief-improve-line = {$name}: på dag {$day} var god praksis {$text}
debrief-improve-keep = {$name}: følgde god praksis heile vegen
debrief-full-hint = Dette er den korte debriefen. Med --full (eller JSON-formatet) får du med alt grunnlaget.
breach-confidentiality = teieplikta
breach-consent = samtykke
breach-investigates = å undersøkje det som høyrer til barnevernstenesta eller politiet
breach-warns_suspect = å varsle ein mistenkt omsorgsperson før barnevernstenesta eller politiet
harm-promises_secrecy = lova barnet løyndom som ikkje kan haldast
harm-leading_questions = leiande eller utspørjande spørsmål
harm-burdens_child = lét barnet bere avgjerda til dei vaksne
rule-breach = braut ei plikt eller ei grense: {$detail}
rule-voice_harmed = skadde stemma til barnet: {$detail} (0/100)
rule-too_early = {$subject}: for tidleg, utan det grunnlaget som trengst ({$points}/100)
rule-ending_outcome = slutten «{$subject}» handlar om denne dimensjonen: høgst {$points}
rule-safe_line = ein replikk som gjorde samtalen tryggare ({$detail})
rule-unsafe_line = ein replikk som gjorde samtalen mindre trygg ({$detail})
rule-trust_built = {$subject}: {$direction ->
    [down] ned
   *[up] opp
    } {$delta} gjennom samtalen
rule-trust_kept = {$subject}: heldt seg gjennom samtalen
rule-trust_lost = {$subject}: {$direction ->
    [down] ned
   *[up] opp
    } {$delta} gjennom samtalen
check-ending-about-nothing = slutten «{$name}» ({$outcome}) seier ikkje kva dimensjon utfallet handlar om
check-ending-about-nothing-help = legg til `about: [...]` (RoleClarity, ChildVoice, DecisionTiming eller RelationalSafety) og `because: "..."`: eit spel som endar her, kan då ikkje bli sterkt på dei
check-too-early-decides-nothing = valet «{$name}» er merkt too_early, men tek inga nøkkelavgjerd
check-too-early-decides-nothing-help = legg til `decides: "..."` med avgjerda som vert teken for tidleg, eller fjern too_early

## Coaching: after a poor choice, the scenario's better one and why
coach-better = Dette ville ha fungert betre: {$text}

## The room's clocks, role cards and the solo gauge
tui-budget = ⌛ {$used}/{$planned} min
tui-countdown-out = ⏳ tida er ute
tui-countdown = Nedteljing per avgjerd
tui-countdown-off = av
tui-countdown-min = {$min} min
tui-countdown-hint = (t endrar; vel aldri sjølv)
tui-setup-handouts = Rollekort med dei private instruksane, til utskrift: trykk h
tui-handouts-written = Rollekorta er skrivne til {$dir}
tui-handouts-failed = Kunne ikkje skrive rollekorta: {$reason}
tui-gauge-setting = Vis korleis den andre har det
tui-gauge-hint = (g endrar)
tui-brief-private = Denne skjermen er for éin person, ikkje for rommet. Bruk helst rollekort på papir (h i oppsettet).
gauge-low = låg
gauge-middle = middels
gauge-high = høg
tui-debrief-go-on = Enter: poenga og gjennomgangen
