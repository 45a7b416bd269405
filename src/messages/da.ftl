# Værktøjets egne beskeder på dansk. Hver besked har en engelsk tvilling i
# en.ftl med samme id og de samme variabler (en test tjekker begge).
# `.label` står under det markerede sted, `.help` er linjen `= hjælp:`.

## Rapporter (diagnostic.rs)

severity-error = fejl
severity-warning = advarsel
help-prefix = hjælp: { $text }
in-file = i { $path }

## check

check-not-a-language = `{ $code }` er ikke et af sitets sprog. Sitets sprog er { $known }
check-failed-errors = tjek ikke bestået: { $errors } fejl, { $warnings ->
    [one] 1 advarsel
   *[other] { $warnings } advarsler
  } ({ $ms } ms)
check-failed-strict = tjek ikke bestået: { $placeholders ->
    [0] {""}
    [one] 1 pladsholdertekst og{" "}
   *[other] { $placeholders } pladsholdertekster og{" "}
  }{ $missing ->
    [one] 1 manglende oversættelse
   *[other] { $missing } manglende oversættelser
  } med --strict, { $warnings ->
    [one] 1 advarsel
   *[other] { $warnings } advarsler
  } ({ $ms } ms)
check-passed = tjek bestået: 0 fejl, { $warnings ->
    [one] 1 advarsel
   *[other] { $warnings } advarsler
  } ({ $ms } ms)
coverage-heading = oversættelser:
coverage-heading-unread = oversættelser (uden { $count ->
    [one] den fil
   *[other] de { $count } filer
  }, der ikke kunne læses):
coverage-missing = mangler { $lang }: { $place }

## build

error-line = fejl: { $text }
build-progress = bygger
build-stopping = stopper; tryk Ctrl-C igen for at stoppe med det samme
build-read = læste og tjekkede { $files } indholdsfiler på { $ms } ms
build-no-pdf = ingen PDF'er (--no-pdf)
build-pdfs = { $pdfs } PDF'er ({ $printed } lavet, { $reused } uændrede og genbrugt)
build-done = bygget: { $pages } sider og { $pdfs }, { $files } filer, { $mb } MB, i { $output } på { $seconds } s
build-failed-errors = sitet blev ikke bygget: { $errors } fejl. { $output } er ikke ændret
build-failed-render = sitet blev ikke bygget. { $output } er ikke ændret

## validate: ids and references (validate/mod.rs)

unsafe-id = id'et `{ $id }` ({ $what }) kan ikke bruges: { $problem }
    .label = kan ikke bruges som id
    .help = et id må kun have små bogstaver a-z, tallene 0-9 og `-`, fx `{ $proposal }`
unsafe-file-name = filnavnet `{ $id }` kan ikke bruges som id ({ $what }): { $problem }
    .help = filnavnet er id'et og en del af webadressen. Omdøb filen til `{ $proposal }` (små bogstaver a-z, tallene 0-9 og `-`)
id-twice = id'et `{ $id }` ({ $what }) er brugt to gange
    .label = anden gang
    .help = første gang er på linje { $line }. Giv hver sit eget id
unknown-reference = ukendt { $what }: `{ $id }`
    .label = ukendt { $what }
    .none = der er ikke lavet nogen endnu ({ $what }). De laves i { $place }
    .help = mulige værdier står i { $place }: { $listing }
    .more = og { $count } flere
source-empty = kilden er tom ({ $what })
    .label = tom kilde
    .help = skriv hvilket dokument og hvilken side tallene kommer fra, eller skriv `illustrative: true` i stedet
source-and-illustrative = der står både en kilde og `illustrative: true` ({ $what })
    .label = vælg én af dem
    .help = behold `source:`, når tallene kommer fra et dokument, eller `illustrative: true`, når de er opdigtede
    .some = når kun nogle af tallene er opdigtede, så skriv hvilke: `illustrative: [{ $field }]`
illustrative-empty = `illustrative: []` nævner ingen felter
    .label = tom liste
    .help = skriv de felter, hvis tal er opdigtede, fx `illustrative: [{ $field }]`, eller slet linjen
illustrative-unknown-field = `{ $field }` er ikke et felt, der kan være et eksempel ({ $what })
    .label = i denne liste
    .help = de felter, der kan stå her, er: { $allowed }
illustrative-without-source = nogle tal er markeret som eksempler, men der er ingen kilde til de andre ({ $what })
    .label = kun disse er eksempler
    .help = tilføj `source: {"{"} document: <id>, at: "<side eller linjer>" {"}"}` for de tal, der kommer fra et dokument i content/sources.yaml, eller skriv `illustrative: true`, hvis alle er opdigtede
source-missing = der står ingen kilde ({ $what })
    .label = uden `source:` eller `illustrative: true`
    .help = tilføj `source: {"{"} document: <id>, at: "<side eller linjer>" {"}"}`, når tallene kommer fra et dokument i content/sources.yaml
    .invented = tilføj `illustrative: true`, når de er opdigtede eksempler, eller `illustrative: [felt, …]`, når kun nogle er. Så markerer sitet dem som eksempler
slug-empty = det er tomt
slug-long = det er længere end 64 tegn
slug-capitals = det har store bogstaver
slug-danish = det har æ, ø eller å (skriv ae, oe, aa)
slug-path = det har `/`, `\` eller `.`, som kan pege uden for sitet
slug-space = det har et mellemrum
slug-other = det har et andet tegn end a-z, 0-9 og `-`
slug-dashes = det starter eller slutter med `-` eller har `--`
did-you-mean = mente du `{ $name }`?

## things named in messages

thing-course = kursus
thing-package = pakke
thing-page = side
thing-pictogram = piktogram
thing-criterion = kriterium
thing-criterion-group = kriteriegruppe
thing-labour-market = arbejdsmarked
thing-job-counts = antal job
thing-pathway-durations = forløbets længde
thing-training-company = praktikvirksomhed
thing-contact = kontakt
thing-module-kind = modultype
thing-language = sprog
thing-labour-market-figures = tal om arbejdsmarkedet
defined-criterion-groups = `criterion_groups:` i concept.yaml
defined-labour-markets = `labour_markets:` i concept.yaml
defined-module-kinds = `module_kinds:` i concept.yaml
defined-courses = content/courses/ (filnavnet uden .yaml)
defined-criteria = `criteria:` i denne pakke
defined-languages = `languages:` i site.yaml

## validate: packages (validate/package.rs)

group-other-tool = gruppen `{ $group }` hører til værktøjet { $group_tool }, men dette kriterium måles med værktøjet { $tool }
    .label = denne gruppe
    .help = vælg en gruppe, der hører til værktøjet { $tool }: { $fitting }. Eller ret `tool:`, hvis kriteriet hører til det andet værktøj
no-job-types = pakken nævner ingen job
    .help = tilføj `job_types:` med de job, pakken fører til, fx `- da: Staldmedhjælper`
job-count-missing = antallet af job mangler for arbejdsmarkedet `{ $market }`
    .label = i disse tal
    .help = tilføj `{ $market }: <tal>` under `counts:`. Skriv 0, hvis der ingen er
no-modules = forløbet har ingen moduler
    .help = skriv modulerne under `pathway: modules:`, hver med `kind`, `weeks` og `content`
module-order = modulet `{ $kind }` kommer efter `{ $before }`
    .label = i forkert rækkefølge eller to gange
    .help = modulerne skal stå i samme rækkefølge som i concept.yaml, hvert én gang: { $kinds }
module-weeks = et modul på { $weeks } uger er ikke muligt
    .label = skal være 1 til 104 uger
    .help = skriv den normale længde i uger. Slet `weeks`, hvis længden aftales for hver person
fast-track-length = fast track ({ $fast } uger) skal være 1 til { $weeks } uger
    .label = længere end det normale forløb, eller 0
    .help = fast track er den korte vej: mindst 1 uge og højst det samme som `weeks`
fast-track-without-weeks = der står fast track på et modul uden `weeks`
    .label = fast track uden en normal længde
    .help = tilføj `weeks:` med den normale længde, eller slet `fast_track_weeks`
level-off-scale = niveau { $level } findes ikke på skalaen
    .label = uden for skalaen
    .help = målene skal være niveauer fra skalaen i concept.yaml: { $levels }
criterion-unmeasured = kriteriet `{ $id }` bliver aldrig målt
    .label = intet modul har et mål for det
    .help = tilføj `{ $id }: <niveau>` under `criteria:` i de moduler, der måler det, eller slet kriteriet
order-twice = `{ $id }` har samme nummer i `order` ({ $order }) som `{ $other }`
    .label = samme nummer som en anden pakke
    .help = giv hver pakke sit eget nummer, fx `order: { $free }`. Nummeret bestemmer, hvor pakken står i alle lister
jobs-over-market = pakkerne tæller { $sum } job i `{ $market }`. Det er flere end de { $total }, som concept.yaml angiver for hele arbejdsmarkedet
    .label = den største andel
    .shares = pakkernes andele: { $listed }
    .help = sænk tallene, så de tilsammen er højst { $total }. Eller, hvis markedet er vokset: hæv `jobs:` for `{ $market }` i concept.yaml (med kilde)
jobs-all-zero = pakken har 0 job på alle arbejdsmarkeder
    .label = alle tal er 0
    .help = forsiden og joblisten viser disse tal. Skriv, hvor mange job branchen har på hvert marked, efter jobcentrets tal, med `source:`
course-unused = kurset `{ $id }` bruges ikke af nogen pakke
    .help = tilføj `{ $id }` under `courses:` i et modul, der underviser i det. Indtil da linker ingen pakkeside til kurset

## validate: concept (validate/concept.rs)

thing-principle = princip
thing-dogma = dogme
thing-support = støtte
thing-support-scheme = støtteordning
no-module-kinds = der er ingen modultyper
    .help = skriv forløbets trin under `module_kinds:`, fx afdaekning, virksomhedsmodul-1 …
tool-described = værktøjet `{ $tool }` er beskrevet { $count } gange
    .help = beskriv hvert af de to værktøjer, `progression` og `qualification`, én gang under `tools:`
scale-too-short = skalaen skal have mindst to niveauer
    .help = skriv niveauerne under `scale: levels:`, med numrene 1, 2, 3 …
level-number = niveau { $level } står som nummer { $expected }
    .label = skulle være { $expected }
    .help = nummerér niveauerne 1, 2, 3 … fra det laveste, i rækkefølge og uden huller
markets-sum = markederne giver tilsammen { $sum } job, men der står { $total } i total_jobs
    .label = passer ikke med summen
    .help = markederne er adskilte og lægges ikke sammen inden i hinanden: tjek hvert `jobs:`-tal mod kilden

## validate: site, courses, pages (validate/site.rs)

base-url-not-address = base_url skal være en hel webadresse
    .label = starter ikke med https://
    .help = skriv den adresse, sitet bliver lagt ud på, fx `https://example.org/branchepakker/`
base-url-slash = base_url skal slutte med `/`
    .label = tilføj `/` til sidst
    .help = skriv `{ $url }/`
no-languages = sitet har ingen sprog
    .help = skriv sprogene under `languages:`, hvert med `code`, `name` og `dir`
not-language-code = `{ $code }` er ikke en sprogkode
    .label = skal være to eller tre små bogstaver
    .help = brug ISO 639-1-koden, fx `da`, `ar`, `en`, `uk`, `so`
not-amu-number = `{ $number }` er ikke et AMU-nummer
    .label = skal være 5 cifre
    .help = AMU-numre har fem cifre, fx `"44530"`. Slet `amu_number`, hvis nummeret ikke er kendt
course-days = et kursus på { $days } dage er ikke muligt
    .label = skal være 1 til 100 dage
    .help = AMU-kurser varer fra 1 dag til nogle uger. Skriv antallet af kursusdage
page-name-reserved = sidenavnet `{ $slug }` bruges allerede af sitets egne sider
    .help = omdøb filen. Disse navne er forbeholdt de sider, pathways laver: { $reserved }
page-language = `{ $lang }` i filnavnet er ikke et af sitets sprog
    .help = kald filen `{ $slug }.<sprog>.md` med et af disse: { $languages }
page-title-empty = sidens titel er tom
    .label = tom titel
    .help = skriv den titel, siden skal vise, fx `title: Om branchepakkerne`
page-no-default = siden `{ $slug }` findes ikke på standardsproget `{ $default }`
    .help = skriv content/pages/{ $slug }.{ $default }.md. De andre sprog viser den, når de mangler en oversættelse
raw-html = HTML i en side bliver vist som almindelig tekst
    .label = HTML
    .help = skriv Markdown i stedet: `**fed**`, `*kursiv*`, `[link](https://…)`, `- punkt`
unsafe-link = et link til `{ $scheme }:` er ikke tilladt
    .label = adressen ville køre kode eller åbne en fil i læserens browser
    .help = link til en webadresse (https://…), en e-mail (mailto:…), et telefonnummer (tel:…) eller en side på sitet

## validate: texts (validate/texts.rs)

invisible-zero-width = et usynligt mellemrum (zero-width space)
    .short = usynligt mellemrum
invisible-soft-hyphen = en blød bindestreg
    .short = blød bindestreg
invisible-word-joiner = en usynlig ordsammenbinder (word joiner)
    .short = ordsammenbinder
invisible-bom = et byte order mark
    .short = byte order mark
invisible-nbsp = et hårdt mellemrum
    .short = hårdt mellemrum
text-unknown-language = `{ $lang }` er ikke et af sitets sprog
    .label = ukendt sprogkode
    .help = sitets sprog er { $languages }. Tilføj `{ $lang }` under `languages:` i site.yaml for at udgive sproget
text-empty = teksten på `{ $lang }` er tom
    .label = tom tekst
    .help = skriv teksten, eller slet linjen. Mangler en oversættelse, vises teksten på standardsproget
placeholder = denne tekst er en pladsholder
    .label = skal skrives
    .help = skriv en rigtig tekst i stedet for den, der starter med { $placeholder } (lavet af `pathways new`). `check --strict` godtager den ikke
text-control = teksten har et usynligt kontroltegn (U+{ $code })
    .label = et sted i denne tekst
    .help = slet det. Den slags tegn kommer med, når man kopierer fra andre programmer. Skriv ordene omkring det igen, hvis du ikke kan finde det
curly-quotes = teksten står i typografiske anførselstegn (“ ”), og de bliver vist på siden
    .label = “ ” omkring teksten
    .help = Word og Outlook laver " om til “ ”. Skriv lige anførselstegn "…" omkring teksten, eller ingen
text-invisible = teksten har et usynligt tegn: { $name } (U+{ $code })
    .label = efter “{ $before }”
    .help = det kommer med, når man kopierer fra Word eller en hjemmeside, og kan dele ord forkert. Slet det (skriv de to ord omkring det igen)
arabic-marks = teksten har arabiske vokaltegn (harakat)
    .label = vokaltegn
    .help = skriv arabisk uden de valgfri vokaltegn. PDF-læsere og skærmlæsere gentager bogstavet foran dem (typst issue 8767)
text-no-default = teksten findes ikke på `{ $default }`
    .label = `{ $default }:` mangler her
    .help = alle tekster skal findes på standardsproget: tilføj en linje `{ $default }: …`

## reading YAML (load/yaml/hints.rs)

yaml-empty-text = teksten på `{ $key }` er tom
    .help = skriv teksten efter `{ $key }: ` på samme linje, fx `{ $key }: Landbrug`. En oversættelse, der ikke er skrevet endnu, kan du udelade: så viser siden standardsproget
yaml-empty-value = `{ $key }:` har ingen værdi
    .help = skriv værdien efter `{ $key }: ` på samme linje, eller slet linjen, hvis feltet ikke skal bruges
yaml-nothing-after-colon = intet efter kolon
yaml-unclosed-quote = en tekst starter med `"`, men slutter ikke med `"` på samme linje
    .label = dette anførselstegn bliver aldrig lukket
    .help = afslut teksten med `"` på samme linje. Alt frem til næste `"` bliver ellers læst som én tekst
yaml-tag = `{ $tag }` er et YAML-tag, og dem kan indholdsfiler ikke have
    .label = et tag
    .help = skriv selve teksten her. En tekst, der starter med `!`, skal stå i anførselstegn, fx `da: "!Vigtigt"`
yaml-misindented = linje { $line } er rykket { $mine } mellemrum ind, linjen over den { $theirs }
    .label = rykket anderledes ind end linjerne omkring den
    .help = ryk felterne i en blok lige langt ind: to mellemrum længere end linjen, der starter blokken
yaml-invisible = linje { $line } har { $name } (U+{ $code }) i kolonne { $column }. Det ligner ingenting eller et mellemrum og kommer ofte fra Word: slet det, og skriv et almindeligt mellemrum, hvis der skal være et
yaml-unknown-field = ukendt felt `{ $field }`
    .label = ikke et felt her
    .none = her kan der ikke stå felter: slet linjen
    .help = de felter, der kan stå her, er: { $allowed }
yaml-missing-field = feltet `{ $field }` mangler, og det skal være der
    .label = blokken slutter her uden `{ $field }`
    .help = tilføj en linje `{ $field }: …` i denne blok, rykket ind som de andre felter
yaml-unknown-variant = `{ $value }` er ikke en af de tilladte værdier
    .label = ikke tilladt her
    .help = skriv en af disse: { $allowed }
yaml-duplicate-key = `{ $key }` står to gange i samme blok
    .label = anden gang
    .help = behold den ene, og slet den anden
yaml-control = linjen har et usynligt kontroltegn (U+{ $code }), som en indholdsfil ikke må have
    .label = et sted her
    .help = den slags tegn kommer med, når man kopierer fra andre programmer, eller fra en besked, der skal narre en terminal. Skriv linjens tekst igen
yaml-tab = der er brugt tabulator til indrykning
    .label = tabulator
    .help = ryk kun ind med mellemrum (to pr. niveau). Indstil dit program til at indsætte mellemrum, når du trykker Tab
yaml-colon-in-value = en værdi indeholder `: `, som bliver læst som et nyt felt
    .label = `: ` inde i værdien
    .help = sæt hele værdien i anførselstegn, fx `name: "Eksempel: Gården"`, eller fjern kolonet
yaml-budget = filen er for indviklet til at blive læst sikkert
    .label = grænsen er nået her
    .help = indholdsfiler har ikke brug for YAML-ankre (&) og -aliaser (*) og kun få niveauer. Skriv værdierne ud
yaml-too-deep = værdierne ligger for mange niveauer inde i hinanden
    .label = for dybt herfra
    .help = indholdsfiler har kun få niveauer (lister og blokke inde i hinanden). Se efter et `[` eller `{"{"}` for meget, eller sammenlign med de andre filer af samme slags
yaml-expected-fields = her skulle der stå felter (linjer med `navn: værdi`)
    .label = der står kun én værdi
    .help = en tekst skal have én linje pr. sprog, fx `da: …`. En blok skal have sine felter på linjerne nedenunder, rykket ind
yaml-expected-list = her skulle der stå en liste
    .label = der står kun én værdi
    .help = skriv en liste med ét `- punkt` pr. linje, eller i kantede parenteser: `[a, b]`
yaml-expected-number = her skal stå et helt tal, 0 eller mere
    .label = ikke et helt tal inden for grænserne
    .help = skriv kun cifre, fx `4`
yaml-expected-bool = her skal stå `true` eller `false`
    .label = hverken true eller false
yaml-wrong-kind = forkert slags værdi: { $detail }
    .label = denne værdi
    .help = sammenlign med de andre filer af samme slags, eller se `pathways schema`
yaml-invalid = dette kan ikke læses som YAML: { $detail }
    .label = her
    .help = tjek indrykningen, og at der er et mellemrum efter kolonet i hver `navn:`. Sæt anførselstegn om tekst, der indeholder `: ` eller starter med et specialtegn

## loading files (load/)

no-content-folder = { $root } har ingen content/-mappe. Angiv sitets mappe med --root, eller lav et nyt site med `pathways init`
folder-like-file = dette er en mappe, selv om navnet ender som en indholdsfil
    .help = filerne i den bliver læst som normalt. Omdøb mappen, hvis det skulle have været en fil
file-ignored = denne fil hører ikke til sitet og bliver sprunget over
page-file-name = en side skal hedde `<navn>.<sprog>.md`, fx `om.da.md`
yaml-only-folder = i denne mappe må der kun ligge `.yaml`-filer
content-holds = i content/ ligger site.yaml, concept.yaml, sources.yaml og mapperne courses/, packages/ og pages/
content-file-missing = content/{ $name } mangler
    .help = alle sites skal have content/{ $name }: { $what }. `pathways init` skriver et helt eksempel
site-yaml-holds = kommunen, webadressen og sprogene
concept-yaml-holds = principper, modultyper, skalaen og arbejdsmarkederne
id-two-files = id'et `{ $id }` bruges af to filer
    .help = { $other } har samme id. Omdøb eller slet den ene af dem
file-too-big = filen fylder { $mb } MB. En indholdsfil må højst fylde 1 MB
    .help = en indholdsfil rummer én pakke, ét kursus eller én side. Tjek, at det er den rigtige fil, eller del den op
file-unreadable = filen kan ikke læses: { $error }
    .help = tjek, at filen findes, og at du har lov til at læse den
    .static = tjek, at du har lov til at læse den, eller flyt den ud af static/
not-utf8 = filen er ikke gemt som UTF-8-tekst
    .label = denne byte er ikke UTF-8
    .help = gem filen med tegnsættet UTF-8 (i VS Code: klik på tegnsættet nederst i statuslinjen og vælg 'Save with Encoding')
word-document = dette er et Word-dokument (eller en anden zip-fil), ikke en tekstfil
    .help = åbn den i Word, vælg Filer > Gem som, vælg "Almindelig tekst (*.txt)" med tegnsættet UTF-8, og giv den det navn, den skal have (fx landbrug.yaml). Eller kopiér teksten over i en ny fil i en teksteditor
pdf-document = dette er et PDF-dokument, ikke en tekstfil
    .help = PDF'er til download skal ligge i sitets static/-mappe. Indholdsfiler er tekst, skrevet i en teksteditor
utf16 = filen er gemt som UTF-16 (det, Notesblok kalder "Unicode"), ikke som UTF-8
    .help = i Notesblok: Filer > Gem som, sæt Kodning til UTF-8, og gem. I VS Code: klik på tegnsættet i statuslinjen, og vælg 'Save with Encoding' > UTF-8
no-front-matter = siden har ingen indledning (front matter)
    .label = første linje skal være `---`
    .help = start filen med en indledning:
    ---
    title: Om branchepakkerne
    ---
front-matter-open = indledningen (front matter) bliver aldrig lukket
    .label = åbnet her. Der er ingen `---` i de { $lines } linjer nedenunder
    .help = tilføj en linje med kun `---` efter indledningen
folder-unreadable = denne mappe kan ikke læses
    .help = tjek, at du har lov til at læse den
name-not-text = navnet på denne fil eller mappe har tegn, der ikke er tekst
    .help = omdøb den med bogstaver, tal, `-` og `_`
link-skipped = dette er en genvej (et link), og genveje i { $folder } bliver sprunget over
    .help = kopiér selve filen ind i mappen i stedet for en genvej til den

## static/ and the theme (validate/statics.rs, validate/theme.rs, render/mod.rs)

static-collides = static/{ $path } ville erstatte en af sitets egne filer
    .help = { $why }. Læg din fil i en mappe for sig, fx static/files/
reserved-language = pathways skriver siderne på { $name } ({ $code }) i { $top }/
reserved-assets = pathways skriver temaets stylesheet og skrifttyper i assets/
reserved-data = pathways skriver catalog.json i data/
reserved-own = pathways skriver selv { $name }
stand-in-pictogram = pakken har stadig det midlertidige billede
    .label = billedet på pakkens kort
    .help = vælg et billede, der viser branchen: { $others }. Eller læg dit eget ind som themes/default/pictograms/{ $id }.svg, og skriv `pictogram: { $id }`
unknown-pictogram = ukendt piktogram: `{ $name }`
    .label = ukendt piktogram
    .help = temaet har: { $known }. Vil du lave et nyt, så læg det ind som themes/default/pictograms/{ $name }.svg
print-font-lacks = skrifttyperne til print kan ikke vise { $chars }. PDF'erne udelader det
    .label = i denne tekst
    .help = hjemmesiden viser det. Skriv det med ord i PDF'erne, eller læg en skrifttype, der har tegnet, i temaets fonts/-mappe
menu-none = ingen `menu:`
menu-differs = denne side har { $here }, men udgaven på `{ $lang }` har { $there }
    .label = pladsen i menuen er forskellig fra sprog til sprog
    .help = giv alle sprog af `{ $slug }` samme `menu:`-linje som udgaven på `{ $lang }`, så menuen har samme rækkefølge på alle sprog
message-used-by-pathways = pathways selv
message-used-by-template = skabelonen { $template }
message-missing-default = beskeden `{ $id }` mangler på `{ $lang }`, som er standardsproget
    .help = { $used_by } viser den, så ingen side kan laves uden den
message-missing = beskeden `{ $id }` mangler på `{ $lang }`. Siderne viser teksten på `{ $default }`
    .help = { $used_by } viser den
    .add = tilføj `{ $id } = …` i en .ftl-fil i { $folder }

## the command line (main.rs)

cli-about = Byg hjemmesider og materiale til print for beskæftigelsesforløb (branchepakker).
cli-ui-lang = Sproget i værktøjets beskeder: da eller en (standard: PATHWAYS_LANG, ellers systemets sprog, ellers dansk).
cli-root = Sitets mappe (den, der har content/).
cli-check = Tjek indholdet: alle fejl med fil, linje og løsning, og derefter hvor meget der er oversat.
cli-check-strict = Regn manglende oversættelser som fejl.
cli-check-lang = Vis kun disse sprog (og kræv kun dem med --strict), fx `--lang da`.
cli-build = Tjek indholdet, og byg sitet i mappen til output.
cli-build-output = Hvor sitet skal skrives. Mappen bliver erstattet, når sitet er bygget uden fejl.
cli-build-no-pdf = Byg kun hjemmesiden, uden PDF'er: meget hurtigere, til at se siderne igennem. Sidernes links til PDF'er virker så ikke.
cli-build-quiet = Vis kun fejl.
cli-build-verbose = Vis også, hvor lang tid hver del tog.
cli-serve = Se sitet før det udgives: det bygges, vises i browseren og opdateres, hver gang du gemmer.
cli-serve-port = Porten. 0 tager en ledig port.
cli-serve-bind = Adressen. Behold standarden, medmindre andre skal kunne se forhåndsvisningen.
cli-serve-open = Åbn sitet i din browser.
cli-init = Lav et nyt site i DIR: det fælles koncept, én pakke og tekster, der skal udfyldes.
cli-init-dir = Mappen til det nye site (oprettes, hvis den ikke findes).
cli-new = Skriv en ny indholdsfil med alle felter: `new package <id>` eller `new course <id>`.
cli-new-kind = package (pakke) eller course (kursus).
cli-new-id = Id'et: filnavnet uden .yaml, fx `lager-og-logistik`.
cli-schema = Vis JSON-skemaet for en slags indholdsfil, eller skriv dem alle.
cli-schema-kind = site, concept, course, package eller page.
cli-schema-out = Skriv alle skemaer som <slags>.schema.json i denne mappe.
cli-usage = Brug:
cli-options = Tilvalg
cli-arguments = Argumenter
cli-commands = Kommandoer
cli-command-value = KOMMANDO
cli-version = Vis versionen
cli-help = Vis hjælp
ui-lang-unknown = advarsel: værktøjet taler ikke `{ $asked }`. Det taler da (dansk) og en (engelsk) og fortsætter på dansk
cli-error-subcommand = `{ $name }` er ikke en kommando i pathways
cli-error-argument = `{ $name }` kan ikke bruges her
cli-error-missing = { $name } mangler
cli-error-no-command = skriv en kommando, fx `pathways check` eller `pathways build`
cli-error-value = `{ $value }` kan ikke bruges som { $name }
cli-error-conflict = { $name } kan ikke bruges sammen med { $other }
cli-error-see-help = Se `pathways --help`.

## the command line: defaults

cli-default = [standard: { $value }]

## new (cmd/new.rs)

new-bad-id = `{ $id }` kan ikke bruges som id. Brug små bogstaver a-z, tal og `-`, og start med et bogstav (skriv æ, ø, å som ae, oe, aa), fx `lager-og-logistik`
new-fix-first = ret først fejlene ovenfor. Den nye fil bliver lavet ud fra sitets koncept
new-bad-kind = pathways kan lave en ny `package` (pakke) eller `course` (kursus), ikke `{ $kind }`
new-exists = { $path } findes allerede. Vælg et andet id, eller ret i den fil
cannot-write = kan ikke skrive { $path }: { $error }
new-wrote = skrev { $path }
    Skriv rigtige tekster i stedet for alle dem, der starter med UDFYLD. Kør derefter `pathways check` for at se, hvilke oversættelser der mangler.
new-translation-line = (oversættelse: fjern `# `, og skriv den her)
new-package-head = # En ny branchepakke, lavet af `pathways new package`. Skriv rigtige tekster
    # i stedet for alle dem, der starter med UDFYLD. Uger, antal job og kontakten
    # er eksempler (`illustrative: true`), indtil du skriver en `source:` i stedet.
new-pictogram-comment = # Billedet på pakkens kort: en fil i themes/default/pictograms/ uden .svg
    # ({ $stand_in } er et midlertidigt billede, indtil pakken får sit eget).
new-course-head = # Et nyt AMU-kursus, lavet af `pathways new course`. Skriv rigtige tekster i
    # stedet for alle dem, der starter med UDFYLD. Tilføj `amu_number: "12345"`,
    # når nummeret er kendt, og skift `illustrative: true` ud med `source:`, når du har en kilde.

## init (cmd/init.rs)

init-exists = { $dir } har allerede en content/-mappe. Vælg en ny mappe, fx `pathways init mit-site`
init-no-markets = det indbyggede koncept har ingen labour_markets-del
init-done = Der er et nyt site i { $dir }. Næste skridt:
      cd { $dir }
      pathways serve --open      # se det i browseren, mens du skriver
      pathways check             # hvad der mangler at blive udfyldt
init-concept-head = # Det, alle branchepakker har til fælles, fra konceptet for Frederikshavns
    # branchepakker. Tilpas det til jeres kommune. Arbejdsmarkederne nedenfor
    # skal I selv udfylde.
init-markets-head = # De tre arbejdsmarkeder efter rejsetid. { $placeholder }: stedet, rejsetiden
    # regnes fra, og antallet af job i hvert bånd efter jeres egen optælling.
    # Skift derefter `illustrative: true` ud med `source:` (hvor tallene kommer fra).
init-site-head = # Sitet: hvem der udgiver det, hvor, og på hvilke sprog.
init-site-url = # { $placeholder }: adressen, sitet bliver lagt ud på (slutter med /).
init-site-contact = # Skriv jobcentrets rigtige oplysninger, og slet så denne linje:
init-readme = # Branchepakker
    
    Lavet med `pathways init`. Indholdet ligger i `content/`:
    
    - `site.yaml`: kommunen, webadressen, sprogene og kontakten;
    - `concept.yaml`: det, alle pakker har til fælles, og arbejdsmarkederne;
    - `packages/`: én fil pr. branchepakke (`pathways new package <id>` laver en);
    - `courses/`: én fil pr. AMU-kursus (`pathways new course <id>`);
    - `static/` (lav den, når du får brug for den): dine egne filer, som kopieres uændret (`CNAME`, en brochure).
    
    Alle tekster, der starter med UDFYLD, skal du skrive.
    
    ```sh
    pathways serve --open   # se sitet i browseren; hver gang du gemmer, ses det med det samme
    pathways check          # alle fejl og manglende oversættelser, med fil og linje
    pathways build          # det færdige site i public/
    ```
    
    Skal sitet udgives med GitHub Pages, så se `.github/workflows/pages.yml`; med GitLab Pages `.gitlab-ci.yml`.
init-workflow-head = # Udgiver sitet med GitHub Pages, hver gang der bliver pushet til main.
    # Én gang: Settings > Pages > Source: GitHub Actions; og Settings > Secrets and
    # variables > Actions > Variables: PATHWAYS_URL = adressen på Linux-udgaven
    # af pathways (pathways-VERSION-x86_64-linux.tar.gz).
init-gitlab-head = # Udgiver sitet med GitLab Pages, hver gang der bliver pushet til standardgrenen.
    # Én gang: Settings > CI/CD > Variables: PATHWAYS_URL = adressen på Linux-udgaven
    # af pathways (pathways-VERSION-x86_64-linux.tar.gz).

## serve (serve/, cmd/serve.rs)

serve-start = startet
serve-watch-failed = kan ikke holde øje med ændringer i { $root }: { $error }
serve-runtime-failed = kan ikke starte serveren: { $error }
serve-port-in-use = porten { $port } er allerede i brug. Vælg en anden med --port, fx --port { $next }, eller stop det program, der bruger den
serve-listen-failed = kan ikke lytte på { $address }: { $error }
serve-serving = viser { $url } (tryk Ctrl-C for at stoppe)
serve-bind-warning = advarsel: med --bind { $address } kan andre computere på netværket se forhåndsvisningen
serve-no-browser = kan ikke åbne en browser ({ $error }). Åbn selv { $url }
serve-rebuilding-stopped = genopbygningen stoppede uventet
serve-ended = fejl: { $why }. Forhåndsvisningen stopper, fordi den ikke længere ville vise dine ændringer
      = hjælp: start `pathways serve` igen
serve-stopping = stopper
serve-internal = pathways fik en intern fejl under genopbygningen
serve-printed = lavede { $count } PDF'er på { $seconds } s
serve-stopped-watching = pathways holdt op med at holde øje med sitets filer
serve-trouble = advarsel: { $trouble }. Alt bygges igen for en sikkerheds skyld
serve-published = { $cause }: lavede { $pages } af { $total } sider, { $changed ->
    [one] 1 fil
   *[other] { $changed } filer
  } ændret, på { $ms } ms
serve-failed = { $cause }: sitet kunne ikke bygges. Browseren viser stadig den seneste udgave, der virkede
serve-panic = pathways fik en intern fejl under genopbygningen ({ $what }). Det er en fejl i pathways, ikke i dine filer
      = hjælp: gem igen for at prøve en gang til. Sker det igen, så meld fejlen sammen med den fil, du ændrede
serve-one-changed = { $path } blev ændret
serve-site = sitet
serve-many-changed = { $count } filer blev ændret
serve-watching = overvågning af filerne: { $error }
serve-cannot-watch = advarsel: kan ikke holde øje med { $folder }: { $error }
serve-pdf-pending = Denne PDF bliver lavet. Genindlæs siden om et par sekunder.
overlay-heading = Sitet kunne ikke bygges
overlay-note = Du ser den seneste udgave, der virkede. Ret filen, og gem den: så forsvinder denne besked af sig selv.
overlay-hide = Skjul

## writing the output (build.rs, output/staging.rs)

output-bad = { $why }. Der blev ikke skrevet noget
      = hjælp: giv --output en mappe for sig selv, fx --output public
output-is-file = --output { $output } er en fil, ikke en mappe
output-is-site = --output { $output } ville erstatte selve sitets mappe { $root }
output-inside = --output { $output } ligger inde i sitets { $folder }/-mappe, som pathways læser fra
output-not-ours = { $path } findes allerede og er ikke lavet af pathways, så den bliver ikke erstattet. Vælg en anden mappe med --output, eller tøm eller slet denne
output-foreign = { $output } har { $count ->
    [one] 1 fil
   *[other] { $count } filer
  }, som pathways ikke har skrevet: { $named }. Byggeriet stopper, så de ikke bliver slettet. { $output } er ikke ændret
      = hjælp: flyt dem over i sitets static/-mappe (dens filer bliver kopieret med hver gang, på samme sted), eller slet dem selv, og byg så igen
output-more = og { $count } flere
output-disk-full = disken er fuld: frigør plads, eller vælg en mappe til --output på en anden disk
output-too-large = filen er større, end systemet tillader: bed den, der har ansvaret for maskinen, om at hæve grænsen
output-denied = du må ikke skrive der: vælg en anden mappe med --output, eller bed om skriveadgang til denne
output-not-folder = en del af stien er en fil, ikke en mappe: vælg en anden mappe med --output
output-check = tjek, at du må skrive i mappen, og at disken ikke er fuld
output-io = kan ikke skrive { $path }: { $error }. { $hint } (det tidligere site er ikke ændret)
output-interrupted = byggeriet blev stoppet, før det var færdigt. { $output } er ikke ændret
site-has-errors = sitet har fejl

## rendering (render/error.rs, site/mod.rs)

render-template = skabelonen { $template } fejlede for { $page }: { $message }
render-print = kan ikke lave { $document }:
    { $message }
render-stopped = udskrivningen blev stoppet, fordi indholdet blev ændret igen
internal-bug = det er en fejl i pathways: meld den gerne sammen med det indhold, der gav fejlen

## interface messages of the site (i18n.rs)

locale-no-separator = beskederne på `{ $lang }` har ingen `{ $id }`
    .help = tilføj `{ $id } = ,` (eller det tegn, dit sprog bruger i 1.193)
locale-none = der er ingen beskeder til brugerfladen på sproget `{ $lang }`
    .help = kopiér locales/en/ til locales/{ $lang }/, og oversæt teksten efter hvert `=`
    .built_in = lav mappen locales/{ $lang }/ med en oversat kopi af den indbyggede main.ftl på en
locale-no-files = mappen har ingen .ftl-filer
    .help = kopiér locales/en/main.ftl til locales/{ $lang }/, og oversæt den
locale-unreadable = kan ikke læse filen: { $error }
    .help = gem filen som UTF-8-tekst
locale-bad-code = `{ $lang }` er ikke en sprogkode
    .help = brug en kode på to eller tre bogstaver, fx da, ar, en, uk
locale-syntax = denne linje kan ikke læses som Fluent: { $detail }
    .help = skriv hver besked som `id = tekst`. Fortsæt lang tekst på linjer, der starter med mellemrum
locale-twice = beskeden `{ $id }` står to gange
    .help = behold den ene: hvert id må kun stå én gang pr. sprog

## templates (validate/theme.rs)

page-cannot-be-made = en side kan ikke laves: { $error }
    .help = tjek skabelonerne og de beskeder, de bruger
template-cannot-fill = skabelonen { $template } kan ikke udfyldes: { $what }
    .label = her
    .help = sammenlign navnene på variablerne med de andre skabeloner (eller den indbyggede). Slet filen fra themes/default/templates/ for at bruge den indbyggede skabelon

## the theme (theme/mod.rs)

theme-unreadable = kan ikke læse filen: { $error }
    .help = gem den som UTF-8-tekst
theme-pictogram-unreadable = kan ikke læse piktogrammet: { $error }
    .help = gem det som en SVG-fil i UTF-8
theme-print-syntax = denne skabelon til print har en syntaksfejl: { $error }
    .help = ret linjen i skabelonen. Typsts dokumentation på typst.app/docs forklarer syntaksen
theme-page-template = en sideskabelon har en fejl: { $error }
    .help = ret skabelonen, eller slet den fra themes/default/templates/ for at bruge den indbyggede
theme-not-utf8 = filen er ikke gemt som UTF-8-tekst
    .help = gem den igen som UTF-8
theme-source-date = miljøvariablen SOURCE_DATE_EPOCH er `{ $value }`. Den skal være et helt antal sekunder siden 1970-01-01, fx 1700000000

## validate: soft criteria on the scale

level-not-for-tool = niveau { $level } ({ $label }) bruges ikke til kriterier, der måles med værktøjet { $tool }
    .label = `{ $criterion }` måles med { $tool }
    .help = skalaen i concept.yaml giver dette niveau `tools:` uden `{ $tool }`. Vælg et af disse: { $fits }

## the site icon (theme/mod.rs)

theme-icon = sitets ikon kan ikke tegnes ud fra denne SVG: { $error }
    .help = ret SVG-filen (åbn den i en browser for at se den), eller slet den for at bruge det indbyggede ikon

## kilderegistret (validate/sources.rs, validate/mod.rs)

thing-document = kildedokument
defined-documents = content/sources.yaml (`id:` for hvert dokument)
source-free-text = `source:` skal nævne et dokument i content/sources.yaml med dets id og sige hvor i dokumentet med `at:`, fx `source: {"{"} document: branchepakker, at: "side 4" {"}"}`
document-empty = dokumentet `{ $id }` har ingen titel eller udgiver
    .label = tom
    .help = skriv titlen, som den står på dokumentet, og hvem der har udgivet det. Siden med kilder viser begge dele
document-url = adressen på dokumentet `{ $id }` er ikke en webadresse
    .label = ikke en webadresse
    .help = skriv hele adressen, så den begynder med https://, eller udelad `url:`, hvis dokumentet ikke ligger på nettet
document-year = året for dokumentet `{ $id }` kan ikke passe
    .label = ikke et årstal
    .help = skriv det år, dokumentet udkom, fx 2018, eller udelad `year:`, hvis dokumentet ikke siger det

## termbasen (validate/terms.rs)

thing-term = term
term-both = «{ $word }» står både under `use:` og `avoid:` i termen `{ $term }`
    .label = begge steder
    .help = et ord kan ikke både være det rigtige og et, der skal undgås. Slet det fra den ene liste
term-empty = et ord under `{ $lang }:` er tomt
    .label = tomt
    .help = skriv ordet, eller slet linjen
term-avoid = «{ $word }» er ikke det ord, sitet bruger for `{ $term }` på { $lang }
    .label = skriv i stedet: { $words }
    .help = content/terms.yaml har «{ $avoid }» under `avoid:` i termen `{ $term }`. Er ordet rigtigt her, så slet det fra `avoid:`
term-missing = teksten på { $lang } bruger ikke det aftalte ord for `{ $term }`
    .label = her står ingen af: { $words }
    .help = teksten på { $default } bruger { $source }. Skriv et af de aftalte ord i oversættelsen, eller føj det ord, oversættelsen bruger, til `use:` i termen `{ $term }` i content/terms.yaml

## translate: XLIFF export and import, stale translations (translate/, cmd/translate.rs, validate/stale.rs)

cli-translate = Udveksl tekster med oversættere (XLIFF): eksport, import, godkend
cli-translate-export = Skriv teksterne til ét sprog som en XLIFF 1.2-fil til oversætterens værktøj
cli-translate-lang = Sproget, der skal oversættes til, fx ar eller ti
cli-translate-only = Hvilke tekster: missing (ikke oversat), stale (dansk ændret siden) eller all
cli-translate-out = XLIFF-filen, der skal skrives
cli-translate-import = Skriv oversættelserne i en XLIFF-fil ind i indholdet (alle filer eller ingen)
cli-translate-file = XLIFF-filen, der kom tilbage fra oversætteren
cli-translate-accept = Registrér, at oversættelser passer til den danske tekst, som den er nu
cli-translate-place = Teksten, der skal godkendes, som FIL:LINJE (stedet, `check` nævner)
cli-translate-all = Godkend alle sidens oversættelser, som de er nu (skriver content/translations.lock på ny)
cli-translate-accept-lang = Kun dette sprog (kan gentages); uden: alle sprog
translate-note-message = Brugerfladetekst `{ $id }` (menuer, overskrifter, knapper på alle sider)
translate-note-step = Pakkesiden "{ $name }": trin { $step } i forløbet
translate-note-criterion = Pakkesiden "{ $name }", dens progressionsskemaer og praktikmappen: et kompetencekriterium (dansk og oversættelsen står side om side)
translate-note-employer = Virksomhedssiden for "{ $name }": en træningsvirksomhed
translate-note-package = Pakkesiden "{ $name }": { $field }
translate-note-course = Kursussiden og de pakkesider, der bruger kurset: { $field }
translate-note-concept = Konceptet (forsiden, om pakkerne, virksomhedssiderne): { $field }
translate-note-site = Alle sider (sidens navn, kontakt i bunden): { $field }
translate-xliff-version = det er ikke en XLIFF 1.2-fil (`<xliff version="1.2">`): eksportér igen med `pathways translate export`, og få den oversat som XLIFF 1.2
translate-xliff-entity = entiteten `&{ $name };` er ikke XML; skriv selve tegnet
translate-xliff-not = det er ikke en XLIFF-fil: den har intet `<xliff>`-element
translate-site-errors = siden har { $count } fejl: kør `pathways check`, ret dem, og prøv igen
translate-lock-broken = { $place }: denne linje i oversættelsesregistret er beskadiget; kør `pathways translate accept --all` for at skrive det på ny
translate-lang-bad = `{ $lang }` er ikke en sprogkode: brug to eller tre små bogstaver, fx ar, ti, so
translate-lang-default = `{ $lang }` er sidens eget sprog: teksterne skrives på det, de oversættes ikke til det
translate-accept-nothing = { $place }: der er ingen tekst med oversættelser på denne linje
translate-accept-place = `{ $place }` er ikke et sted: skriv FIL:LINJE, fx content/packages/landbrug.yaml:12, eller --all
translate-source-lang = filen er oversat fra `{ $found }`, men sidens tekster er på `{ $default }`
translate-unknown-unit = { $place }: enheden `{ $id }` er ikke en tekst på denne side (omdøbt, flyttet eller slettet siden eksporten?); fjern den fra filen, eller eksportér igen
translate-source-changed = { $place }: den danske tekst i `{ $id }` er ændret siden eksporten; eksportér teksten igen, og oversæt den nye
translate-empty-target = { $place }: oversættelsen af `{ $id }` er tom; oversæt den, eller sæt dens state til new for at vente med den
translate-markup = { $place }: oversættelsen af `{ $id }` indeholder opmærkning (tags eller koder); siden viser tekster som ren tekst, så skriv den uden
translate-message-lines = { $place }: brugerfladeteksten `{ $id }` har en linje, der ikke starter med et mellemrum; Fluent kræver, at hver følgende linje er rykket ind
translate-yaml-unreadable = { $file } kan ikke læses som YAML; kør `pathways check`
translate-patch-failed = { $place }: oversættelsen kunne ikke læses tilbage, som den blev skrevet; intet er ændret (meld venligst fejlen)
translate-fluent-broken = { $place }: med oversættelserne er filen ikke gyldig Fluent; tjek brugerfladeteksterne i denne fil
translate-nothing-written = intet blev skrevet ({ $count } problemer)
translate-exported = skrev { $units } enheder til { $lang } ({ $new } ikke oversat, { $stale } forældede) i { $file } på { $ms } ms
translate-file-unreadable = kan ikke læse { $file }: { $error }
translate-imported = importerede { $lang }: { $changed } oversættelser skrevet, { $unchanged } var allerede sådan, { $skipped } ikke færdige og udeladt; { $files } filer ændret på { $ms } ms
translate-new-language = `{ $lang }` er endnu ikke et sprog på siden: tilføj `- {"{"} code: { $lang }, name: …, dir: ltr {"}"}` under `languages:` i content/site.yaml, ellers melder `check` hver `{ $lang }:`-tekst som en fejl
translate-unit-twice = { $place }: enheden `{ $id }` står to gange i filen; behold én
translate-accepted = registrerede { $count } oversættelser som lavet ud fra den nuværende danske tekst
stale-translation = teksten på { $lang } er lavet ud fra en ældre dansk tekst (registreret { $since })
    .label = den danske tekst er ændret siden
    .help = ret oversættelsen (eller eksportér den med `pathways translate export --lang { $lang } --only stale`), og kør så `pathways translate accept { $place }`
stale-lock-broken = oversættelsesregistret er beskadiget på denne linje, så forældede oversættelser findes ikke
    .help = kør `pathways translate accept --all` for at skrive det på ny

## company: employer texts and practical facts for companies (validate/concept.rs, validate/package.rs)

thing-employer-fact = praktisk oplysning til virksomheder
thing-employer-fact-named = den praktiske oplysning `{ $id }`
defined-employer-facts = `employer: facts:` i concept.yaml
yaml-missing-employer = `employer:` er pakken fortalt til virksomhederne, med "I" og "jeres virksomhed", aldrig "du": `summary:` (hvad virksomheden får), `audience:` (hvem praktikanterne er) og `certificate:` (hvad praktikanten får til sidst), hver på alle sprog. `pathways new package` skriver en skabelon
yaml-missing-employer-purpose = `employer_purpose:` er trinnet fortalt til virksomheden, med "I" og "jeres virksomhed", aldrig "du", fx `da: Praktikanten arbejder hos jer og lærer de daglige opgaver.` Praktikmappen, virksomhedssiden og progressionsskemaet viser den
new-employer-comment = # Pakken fortalt til virksomhederne: skriv "I" og "jeres virksomhed", aldrig "du". Praktiske oplysninger i concept.yaml (employer: facts:) kan få pakkens egen tekst under employer: facts: med samme id.
employer-levels-count = `level_descriptions:` har { $count } tekster, men skalaen har { $levels } niveauer
    .label = én tekst pr. niveau
    .help = skriv én tekst for hvert af skalaens { $levels } niveauer, laveste først, eller slet `level_descriptions:` for at bruge skalaens egne beskrivelser

## citizen: answers for citizens in concept.yaml (validate/concept.rs)

thing-answer = svar
thing-answer-point = et punkt i svaret `{ $id }`
answer-no-points = svaret `{ $id }` har ingen punkter
    .help = tilføj `points:`, hvert med `text:` på alle sprog og enten `source:` eller `illustrative: true`
