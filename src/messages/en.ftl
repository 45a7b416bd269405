# The tool's own messages in English. Each message's Danish twin is in
# da.ftl, with the same id and the same variables (a test checks both).
# `.label` is the note under the marked spot, `.help` the `= help:` line.

## Reports (diagnostic.rs)

severity-error = error
severity-warning = warning
help-prefix = help: { $text }
in-file = in { $path }

## check

check-not-a-language = `{ $code }` is not a language of the site; its languages are { $known }
check-failed-errors = check failed: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
  }, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
  } ({ $ms } ms)
check-failed-strict = check failed: { $placeholders ->
    [0] {""}
    [one] 1 placeholder text and{" "}
   *[other] { $placeholders } placeholder texts and{" "}
  }{ $missing ->
    [one] 1 missing translation
   *[other] { $missing } missing translations
  } with --strict, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
  } ({ $ms } ms)
check-passed = check passed: 0 errors, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
  } ({ $ms } ms)
coverage-heading = translations:
coverage-heading-unread = translations (not counting the { $count ->
    [one] file
   *[other] { $count } files
  } that could not be read):
coverage-missing = missing { $lang }: { $place }

## build

error-line = error: { $text }
build-progress = building
build-stopping = stopping; press Ctrl-C again to stop at once
build-read = read and checked { $files } content files in { $ms } ms
build-no-pdf = no PDFs (--no-pdf)
build-pdfs = { $pdfs } PDFs ({ $printed } printed, { $reused } unchanged and reused)
build-done = built { $pages } pages and { $pdfs }: { $files } files, { $mb } MB, into { $output } in { $seconds } s
build-failed-errors = build failed: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
  }; { $output } was not changed
build-failed-render = build failed; { $output } was not changed

## validate: ids and references (validate/mod.rs)

unsafe-id = the { $what } id `{ $id }` is not a safe id: { $problem }
    .label = not a safe id
    .help = ids use lowercase a-z, digits 0-9 and `-` only, e.g. `{ $proposal }`
unsafe-file-name = the file name `{ $id }` is not a safe { $what } id: { $problem }
    .help = the file name is the { $what }'s id and part of its web address; rename the file to `{ $proposal }` (lowercase a-z, digits 0-9 and `-`)
id-twice = the { $what } id `{ $id }` is used twice
    .label = second use
    .help = the first use is on line { $line }; give each { $what } its own id
unknown-reference = there is no { $what } `{ $id }`
    .label = unknown { $what }
    .none = no { $what } is defined yet; they are defined in { $place }
    .help = the { $what } ids are defined in { $place }: { $listing }
    .more = and { $count } more
source-empty = the source of the { $what } is empty
    .label = empty source
    .help = name the document and page the figures come from, or write `illustrative: true` instead
source-and-illustrative = the { $what } has both a source and `illustrative: true`
    .label = choose one
    .help = keep `source:` when the values come from a document, or `illustrative: true` when they are invented
    .some = when only some values are invented, name them: `illustrative: [{ $field }]`
illustrative-empty = `illustrative: []` names no field
    .label = empty list
    .help = name the fields whose values are invented, e.g. `illustrative: [{ $field }]`, or leave the line out
illustrative-unknown-field = `{ $field }` is not a field of the { $what } that can be an example
    .label = in this list
    .help = the fields that can be named here are: { $allowed }
illustrative-without-source = the { $what } marks some values as examples, but gives no source for the others
    .label = only these are examples
    .help = add `source: {"{"} document: <id>, at: "<page or lines>" {"}"}` for the values that come from a document of content/sources.yaml, or write `illustrative: true` if all are invented
source-missing = no source is given for the { $what }
    .label = { $what } without `source:` or `illustrative: true`
    .help = add `source: {"{"} document: <id>, at: "<page or lines>" {"}"}` when the values come from a document of content/sources.yaml
    .invented = add `illustrative: true` when they are invented examples, or `illustrative: [field, …]` when only some are; the site then marks them as such
slug-empty = it is empty
slug-long = it is longer than 64 characters
slug-capitals = it has capital letters
slug-danish = it has æ, ø or å (write ae, oe, aa)
slug-path = it has `/`, `\` or `.`, which could point outside the site
slug-space = it has a space
slug-other = it has a character other than a-z, 0-9 and `-`
slug-dashes = it starts or ends with `-`, or has `--`
did-you-mean = did you mean `{ $name }`?

## things named in messages

thing-course = course
thing-package = package
thing-page = page
thing-pictogram = pictogram
thing-criterion = criterion
thing-criterion-group = criterion group
thing-labour-market = labour market
thing-job-counts = job counts
thing-pathway-durations = pathway durations
thing-training-company = training company
thing-contact = contact
thing-module-kind = module kind
thing-language = language
thing-labour-market-figures = labour market figures
defined-criterion-groups = `criterion_groups:` in concept.yaml
defined-labour-markets = `labour_markets:` in concept.yaml
defined-module-kinds = `module_kinds:` in concept.yaml
defined-courses = content/courses/ (the file name without .yaml)
defined-criteria = `criteria:` of this package
defined-languages = `languages:` in site.yaml

## validate: packages (validate/package.rs)

group-other-tool = the group `{ $group }` is for the { $group_tool } tool, but this criterion is measured with the { $tool } tool
    .label = this group
    .help = choose a group of the { $tool } tool: { $fitting }; or change `tool:` if the criterion belongs to the other tool
no-job-types = the package lists no job types
    .help = add `job_types:` with the jobs the package leads to, e.g. `- da: Staldmedhjælper`
job-count-missing = the job count for the labour market `{ $market }` is missing
    .label = in these job counts
    .help = add `{ $market }: <number>` under `counts:`; write 0 when there are none
no-modules = the pathway has no modules
    .help = list the modules under `pathway: modules:`, each with `kind`, `weeks` and `content`
module-order = the module `{ $kind }` comes after `{ $before }`
    .label = out of order, or twice
    .help = modules follow the order of concept.yaml, each once: { $kinds }
module-weeks = a module of { $weeks } weeks is not possible
    .label = expected 1 to 104 weeks
    .help = write the normal length in weeks; leave `weeks` out when it is agreed person by person
fast-track-length = the fast track ({ $fast } weeks) must be 1 to { $weeks } weeks
    .label = longer than the normal track, or zero
    .help = the fast track is the shorter route: at least 1 week, at most `weeks`
fast-track-without-weeks = a fast track is given for a module without `weeks`
    .label = fast track without a normal length
    .help = add `weeks:` with the normal length, or remove `fast_track_weeks`
level-off-scale = level { $level } is not on the scale
    .label = outside the scale
    .help = target levels are the scale's levels from concept.yaml: { $levels }
criterion-unmeasured = the criterion `{ $id }` is never measured
    .label = no module sets a target for it
    .help = add `{ $id }: <level>` under `criteria:` of the modules that measure it, or remove it
order-twice = `{ $id }` has the same order ({ $order }) as `{ $other }`
    .label = the same number as another package
    .help = give each package its own number, e.g. `order: { $free }`: it decides where the package stands in every list
jobs-over-market = the packages count { $sum } jobs in `{ $market }`, more than the { $total } that concept.yaml gives for the whole market
    .label = the largest share
    .shares = the packages' shares: { $listed }
    .help = lower the counts so they add up to at most { $total }; or, if the market has grown, raise `jobs:` of `{ $market }` in concept.yaml (with its source)
jobs-all-zero = the package counts 0 jobs in every labour market
    .label = all counts are 0
    .help = the home page and the job list show these numbers: write how many jobs the branch has in each market, from the job centre's figures, with `source:`
course-unused = the course `{ $id }` is not used by any package
    .help = add `{ $id }` to the `courses:` of a module that teaches it; until then no package page links to the course

## validate: concept (validate/concept.rs)

thing-principle = principle
thing-dogma = dogma
thing-support = support
thing-support-scheme = support scheme
no-module-kinds = no module kinds are defined
    .help = list the steps of the pathway under `module_kinds:`, e.g. afdaekning, virksomhedsmodul-1 …
tool-described = the tool `{ $tool }` is described { $count } times
    .help = describe each of the two tools, `progression` and `qualification`, once under `tools:`
scale-too-short = the scale needs at least two levels
    .help = list the levels under `scale: levels:`, numbered 1, 2, 3 …
level-number = level { $level } is listed as number { $expected }
    .label = expected { $expected }
    .help = number the levels 1, 2, 3 … from the lowest, in order, without gaps
markets-sum = the markets add up to { $sum } jobs, but total_jobs says { $total }
    .label = does not match the sum
    .help = the bands are separate, not cumulative: check each `jobs:` figure against the source

## validate: site, courses, pages (validate/site.rs)

base-url-not-address = the base_url must be a full web address
    .label = does not start with https://
    .help = write the address the site is published at, e.g. `https://example.org/branchepakker/`
base-url-slash = the base_url must end with `/`
    .label = add `/` at the end
    .help = write `{ $url }/`
no-languages = the site has no languages
    .help = list the languages under `languages:`, each with `code`, `name` and `dir`
not-language-code = `{ $code }` is not a language code
    .label = expected two or three lowercase letters
    .help = use the ISO 639-1 code, e.g. `da`, `ar`, `en`, `uk`, `so`
not-amu-number = `{ $number }` is not an AMU number
    .label = expected 5 digits
    .help = AMU numbers have five digits, e.g. `"44530"`; leave `amu_number` out when the number is not known
course-days = a course of { $days } days is not possible
    .label = expected 1 to 100 days
    .help = AMU courses last from 1 day to a few weeks; write the number of course days
page-name-reserved = the page name `{ $slug }` is taken by the site's own pages
    .help = rename the file: these names are reserved for generated pages: { $reserved }
page-language = `{ $lang }` in the file name is not a language of the site
    .help = name the file `{ $slug }.<language>.md` with one of: { $languages }
page-title-empty = the page title is empty
    .label = empty title
    .help = write the title the page shows, e.g. `title: Om branchepakkerne`
page-no-default = the page `{ $slug }` has no version in the default language `{ $default }`
    .help = write content/pages/{ $slug }.{ $default }.md; the other languages fall back to it
raw-html = raw HTML in a page is shown as plain text
    .label = HTML
    .help = write Markdown instead: `**bold**`, `*italic*`, `[link](https://…)`, `- list item`
unsafe-link = a link to `{ $scheme }:` is not allowed
    .label = this address would run code or open a file in the reader's browser
    .help = link to a web address (https://…), an e-mail (mailto:…), a phone number (tel:…) or a page of the site

## validate: texts (validate/texts.rs)

invisible-zero-width = a zero-width space
    .short = zero-width space
invisible-soft-hyphen = a soft hyphen
    .short = soft hyphen
invisible-word-joiner = a word joiner
    .short = word joiner
invisible-bom = a byte-order mark
    .short = byte-order mark
invisible-nbsp = a no-break space
    .short = no-break space
text-unknown-language = `{ $lang }` is not a language of the site
    .label = unknown language code
    .help = the site's languages are { $languages }; add `{ $lang }` to `languages:` in site.yaml to publish it
text-empty = the `{ $lang }` text is empty
    .label = empty text
    .help = write the text, or delete the line; a missing translation falls back to the default language
placeholder = this text is a placeholder
    .label = still to be written
    .help = replace the text that starts with { $placeholder } (made by `pathways new`); `check --strict` refuses it
text-control = the text has an invisible control character (U+{ $code })
    .label = somewhere in this text
    .help = delete it: such characters come from copying out of other programs; retype the words around it if you cannot find it
curly-quotes = the text is wrapped in curly quotes, which will show on the page
    .label = curly quotes around the text
    .help = Word and Outlook turn " into “ ”: write straight quotes "…" around the text, or none
text-invisible = the text has an invisible character: { $name } (U+{ $code })
    .label = after “{ $before }”
    .help = it comes from copying out of Word or a web page and can break words oddly; delete it (retype the two words around it)
arabic-marks = the text has Arabic vowel marks (harakat)
    .label = vowel marks
    .help = write Arabic without optional vowel marks: PDF readers and screen readers repeat the letter before them (typst issue 8767)
text-no-default = the text has no `{ $default }` version
    .label = `{ $default }:` is missing here
    .help = every text needs the default language: add a line `{ $default }: …`

## reading YAML (load/yaml/hints.rs)

yaml-empty-text = the `{ $key }` text is empty
    .help = write the text after `{ $key }: ` on the same line, e.g. `{ $key }: Landbrug`; a translation not written yet can be left out, and the page shows the default language
yaml-empty-value = `{ $key }:` has no value
    .help = write the value after `{ $key }: ` on the same line, or delete the line if the field is not needed
yaml-nothing-after-colon = nothing after the colon
yaml-unclosed-quote = a text starts with `"` but does not end with one on its line
    .label = this quote is never closed
    .help = end the text with `"` on the same line; everything up to the next `"` is read as one text
yaml-tag = `{ $tag }` is a YAML tag, and content files take none
    .label = a tag
    .help = write the text itself here; a text that starts with `!` goes in double quotes, e.g. `da: "!Vigtigt"`
yaml-misindented = line { $line } is indented by { $mine } spaces, the line above it by { $theirs }
    .label = indented differently from the lines around it
    .help = indent the fields of one block by the same number of spaces, two more than the line that opens the block
yaml-invisible = line { $line } has { $name } (U+{ $code }) at column { $column }, which looks like nothing or like a space; it often comes from Word: delete it and type an ordinary space if one belongs there
yaml-unknown-field = unknown field `{ $field }`
    .label = not a field here
    .none = this place takes no fields; remove the line
    .help = the fields allowed here are: { $allowed }
yaml-missing-field = the required field `{ $field }` is missing
    .label = the block ends here without `{ $field }`
    .help = add a line `{ $field }: …` to this block, indented like its other fields
yaml-unknown-variant = `{ $value }` is not one of the allowed values
    .label = not allowed here
    .help = write one of: { $allowed }
yaml-duplicate-key = `{ $key }` is written twice in the same block
    .label = second time
    .help = keep one of them and delete the other
yaml-control = the line has an invisible control character (U+{ $code }), which a content file may not hold
    .label = somewhere here
    .help = such characters come from copying out of other programs or from a message meant to trick a terminal; retype the text of this line
yaml-tab = a tab is used for indentation
    .label = tab
    .help = indent with spaces only (two per level); set your editor to insert spaces for Tab
yaml-colon-in-value = a value contains `: `, which YAML reads as a new field
    .label = `: ` inside the value
    .help = put the whole value in double quotes, e.g. `name: "Eksempel: Gården"`, or leave out the colon
yaml-budget = the file is too complex to read safely
    .label = limit reached here
    .help = content files need no YAML anchors (&) and aliases (*) and only a few levels of nesting; write the values out
yaml-too-deep = the values are nested too deeply to read
    .label = too deep from here
    .help = content files need only a few levels of nesting (lists and blocks inside each other); check for stray `[` or `{"{"}`, or compare with the other files of this kind
yaml-expected-fields = expected fields (`name: value` lines) here
    .label = a single value was written
    .help = a text needs one line per language, e.g. `da: …`; a block needs its fields on the lines below, indented
yaml-expected-list = expected a list here
    .label = a single value was written
    .help = write a list with one `- item` per line, or in brackets: `[a, b]`
yaml-expected-number = expected a whole number that is zero or more
    .label = not a whole number in the allowed range
    .help = write digits only, e.g. `4`
yaml-expected-bool = expected `true` or `false`
    .label = not true or false
yaml-wrong-kind = wrong kind of value: { $detail }
    .label = this value
    .help = compare with the other files of this kind, or see `pathways schema`
yaml-invalid = this is not valid YAML: { $detail }
    .label = here
    .help = check the indentation and that every `key:` has a space after the colon; quote text that contains `: ` or starts with a special character

## loading files (load/)

no-content-folder = { $root } has no content/ folder; give the site's folder with --root, or create a new site with `pathways init`
folder-like-file = this is a folder, though its name ends like a content file
    .help = the files in it are read as usual; rename the folder if a file was meant
file-ignored = this file is not part of the site and is ignored
page-file-name = a page is named `<slug>.<language>.md`, e.g. `om.da.md`
yaml-only-folder = this folder holds `.yaml` files only
content-holds = content/ holds site.yaml, concept.yaml, sources.yaml and the folders courses/, packages/ and pages/
content-file-missing = content/{ $name } is missing
    .help = every site needs content/{ $name }: { $what }; `pathways init` writes a complete example
site-yaml-holds = the municipality, the web address and the languages
concept-yaml-holds = principles, module kinds, the rating scale and the labour markets
id-two-files = the id `{ $id }` is used by two files
    .help = { $other } has the same id; rename or delete one of them
file-too-big = the file is { $mb } MB, more than the limit of 1 MB for a content file
    .help = a content file holds one package, course or page; check that this is the right file, or split it
file-unreadable = the file cannot be read: { $error }
    .help = check that the file exists and that you are allowed to read it
    .static = check that you are allowed to read it, or move it out of static/
not-utf8 = the file is not UTF-8 text
    .label = this byte is not UTF-8
    .help = save the file with the encoding UTF-8 (in VS Code: click the encoding in the status bar, then 'Save with Encoding')
word-document = this is a Word document (or another zipped file), not a text file
    .help = open it in Word, choose File > Save As, pick "Plain Text (*.txt)" with the encoding UTF-8, and give it the name it should have (e.g. landbrug.yaml); or copy its text into a new file in a text editor
pdf-document = this is a PDF document, not a text file
    .help = PDFs for download go in the site's static/ folder; content files are text written in a text editor
utf16 = the file is saved as UTF-16 (what Notepad calls "Unicode"), not as UTF-8
    .help = in Notepad: File > Save As, set Encoding to UTF-8, and save; in VS Code: click the encoding in the status bar, then 'Save with Encoding' > UTF-8
no-front-matter = the page has no front matter
    .label = expected `---` on the first line
    .help = start the file with front matter:
    ---
    title: Om branchepakkerne
    ---
front-matter-open = the front matter is never closed
    .label = opened here; no closing `---` in the { $lines } lines below
    .help = add a line with only `---` after the front matter
folder-unreadable = this folder cannot be read
    .help = check that you are allowed to read it
name-not-text = the name of this file or folder has characters that are not text
    .help = rename it with letters, digits, `-` and `_`
link-skipped = this is a link (a shortcut), and links in { $folder } are skipped
    .help = copy the file itself into the folder instead of a link to it

## static/ and the theme (validate/statics.rs, validate/theme.rs, render/mod.rs)

static-collides = static/{ $path } would replace a file of the site
    .help = { $why }; put your file in a folder of its own, e.g. static/files/
reserved-language = pathways writes the pages in { $name } ({ $code }) into { $top }/
reserved-assets = pathways writes the theme's stylesheet and fonts into assets/
reserved-data = pathways writes catalog.json into data/
reserved-own = pathways writes { $name } itself
stand-in-pictogram = the package still has the stand-in picture
    .label = the picture on the package's card
    .help = choose a picture that shows the branch: { $others }; or add your own as themes/default/pictograms/{ $id }.svg and write `pictogram: { $id }`
unknown-pictogram = there is no pictogram `{ $name }`
    .label = unknown pictogram
    .help = the theme has: { $known }; to make a new one, add themes/default/pictograms/{ $name }.svg
print-font-lacks = the print fonts cannot show { $chars }; the PDFs leave it out
    .label = in this text
    .help = the web pages show it; for the PDFs write it in words, or add a font that has it to the theme's fonts/ folder
menu-none = no `menu:`
menu-differs = this page has { $here } but its `{ $lang }` version has { $there }
    .label = menu position differs between languages
    .help = give every language of `{ $slug }` the same `menu:` line as the `{ $lang }` version, so the menu has the same order in each language
message-used-by-pathways = pathways itself
message-used-by-template = the template { $template }
message-missing-default = the message `{ $id }` is missing in `{ $lang }`, the default language
    .help = { $used_by } shows it, so no page can be made without it
message-missing = the message `{ $id }` is missing in `{ $lang }`; pages show the `{ $default }` text
    .help = { $used_by } shows it
    .add = add `{ $id } = …` to a .ftl file in { $folder }

## the command line (main.rs)

cli-about = Build websites and printable material for employment pathways (branch packages).
cli-ui-lang = The language of the tool's messages: da or en (default: PATHWAYS_LANG, else the system language, else Danish).
cli-root = The site's folder (the one that holds content/).
cli-check = Check the content: every error with file, line and fix, then translation coverage.
cli-check-strict = Treat missing translations as errors.
cli-check-lang = Only report (and with --strict, require) these languages, e.g. `--lang da`.
cli-build = Check the content and build the site into the output folder.
cli-build-output = Where to write the site; replaced as a whole when the build succeeds.
cli-build-no-pdf = Build the web pages only, without PDFs: much quicker, for checking pages. The pages' links to PDFs lead nowhere in such an output.
cli-build-quiet = Print nothing but errors.
cli-build-verbose = Also print how long each part of the build took.
cli-serve = Preview the site: build it into memory, serve it, rebuild and reload on every save.
cli-serve-port = The port to listen on; 0 takes any free port.
cli-serve-bind = The address to listen on. Keep the default unless others must see the preview.
cli-serve-open = Open the site in the default browser.
cli-init = Make a new site in DIR: the shared concept, one package, placeholders to fill in.
cli-init-dir = The folder for the new site (created if missing).
cli-new = Write a new content file with every field: `new package <id>` or `new course <id>`.
cli-new-kind = package or course.
cli-new-id = The id: the file name without .yaml, e.g. `lager-og-logistik`.
cli-schema = Print the JSON Schema of a kind of content file, or write all of them.
cli-schema-kind = site, concept, course, package or page.
cli-schema-out = Write every schema as <kind>.schema.json into this folder.
cli-usage = Usage:
cli-options = Options
cli-arguments = Arguments
cli-commands = Commands
cli-command-value = COMMAND
cli-version = Print the version
cli-help = Print help
ui-lang-unknown = warning: the tool does not speak `{ $asked }`; it speaks da (Danish) and en (English), and goes on in Danish
cli-error-subcommand = `{ $name }` is not a command of pathways
cli-error-argument = `{ $name }` is not an option here
cli-error-missing = { $name } is missing
cli-error-no-command = give a command, e.g. `pathways check` or `pathways build`
cli-error-value = `{ $value }` is not a possible value for { $name }
cli-error-conflict = { $name } cannot be used together with { $other }
cli-error-see-help = See `pathways --help`.

## the command line: defaults

cli-default = [default: { $value }]

## new (cmd/new.rs)

new-bad-id = `{ $id }` cannot be an id: use lowercase letters a-z, digits and `-`, starting with a letter (write æ, ø, å as ae, oe, aa), e.g. `lager-og-logistik`
new-fix-first = fix the errors above first; the new file is made from the site's concept
new-bad-kind = pathways can make a new `package` or `course`, not `{ $kind }`
new-exists = { $path } already exists; choose another id or edit that file
cannot-write = cannot write { $path }: { $error }
new-wrote = wrote { $path }
    Replace every text that starts with UDFYLD, then run `pathways check` to see the translations still missing.
new-translation-line = (translation: remove `# ` and write it here)
new-package-head = # A new branch package made by `pathways new package`. Replace every text
    # that starts with UDFYLD. Weeks, job counts and the contact are examples
    # (`illustrative: true`) until you give a `source:` instead.
new-pictogram-comment = # The card's picture: a file in themes/default/pictograms/ without .svg
    # ({ $stand_in } is the stand-in until the package has its own).
new-course-head = # A new AMU course made by `pathways new course`. Replace every text that
    # starts with UDFYLD. Add `amu_number: "12345"` when the number is known,
    # and replace `illustrative: true` with `source:` when you have one.

## init (cmd/init.rs)

init-exists = { $dir } already has a content/ folder; choose a new folder, e.g. `pathways init mit-site`
init-no-markets = the built-in concept has no labour_markets section
init-done = A new site is in { $dir }. Next:
      cd { $dir }
      pathways serve --open      # see it in the browser while you edit
      pathways check             # what is still to fill in
init-concept-head = # What all branch packages share, from the concept of the Frederikshavn
    # branch packages. Change it to fit your municipality; the labour markets
    # below are yours to fill in.
init-markets-head = # The three labour markets by travel time. { $placeholder }: the place the travel
    # times are counted from, and the jobs in each band from your own job count;
    # then replace `illustrative: true` with `source:` (where the figures come from).
init-site-head = # The site: who publishes it, where, and in which languages.
init-site-url = # { $placeholder }: the address the site is published at (ends with /).
init-site-contact = # Replace with the job centre's real details, then delete this line:
init-readme = # Branchepakker
    
    Made with `pathways init`. The content is in `content/`:
    
    - `site.yaml`: the municipality, the web address, the languages, the contact;
    - `concept.yaml`: what all packages share, and the labour markets;
    - `packages/`: one file per branch package (`pathways new package <id>` makes one);
    - `courses/`: one file per AMU course (`pathways new course <id>`);
    - `static/` (make it when you need it): your own files, copied as they are (`CNAME`, a brochure).
    
    Every text that starts with UDFYLD is yours to write.
    
    ```sh
    pathways serve --open   # preview in the browser; every save shows at once
    pathways check          # every error and missing translation, with file and line
    pathways build          # the finished site in public/
    ```
    
    To publish with GitHub Pages, see `.github/workflows/pages.yml`; with GitLab Pages, `.gitlab-ci.yml`.
init-workflow-head = # Publishes the site with GitHub Pages on every push to main.
    # Once: Settings > Pages > Source: GitHub Actions; and Settings > Secrets and
    # variables > Actions > Variables: PATHWAYS_URL = the address of the Linux
    # release of pathways (pathways-VERSION-x86_64-linux.tar.gz).
init-gitlab-head = # Publishes the site with GitLab Pages on every push to the default branch.
    # Once: Settings > CI/CD > Variables: PATHWAYS_URL = the address of the Linux
    # release of pathways (pathways-VERSION-x86_64-linux.tar.gz).

## serve (serve/, cmd/serve.rs)

serve-start = started
serve-watch-failed = cannot watch { $root } for changes: { $error }
serve-runtime-failed = cannot start the server: { $error }
serve-port-in-use = the port { $port } is already in use; choose another with --port, e.g. --port { $next }, or stop the program that uses it
serve-listen-failed = cannot listen on { $address }: { $error }
serve-serving = serving { $url } (press Ctrl-C to stop)
serve-bind-warning = warning: --bind { $address } makes the preview readable by other computers on the network
serve-no-browser = cannot open a browser ({ $error }); open { $url } yourself
serve-rebuilding-stopped = the rebuilding stopped unexpectedly
serve-ended = error: { $why }; the preview stops, because it would no longer show your changes
      = help: start `pathways serve` again
serve-stopping = stopping
serve-internal = pathways hit an internal error while rebuilding
serve-printed = printed { $count ->
    [one] 1 PDF
   *[other] { $count } PDFs
  } in { $seconds } s
serve-stopped-watching = pathways stopped watching the site's files
serve-trouble = warning: { $trouble }; everything is rebuilt to be sure
serve-published = { $cause }: rendered { $pages } of { $total } pages, { $changed ->
    [one] 1 file
   *[other] { $changed } files
  } changed, in { $ms } ms
serve-failed = { $cause }: the site could not be built; the browser keeps showing the last good version
serve-panic = pathways hit an internal error while rebuilding ({ $what }); this is a fault in pathways, not in your files
      = help: save again to try once more; if it happens again, report it together with the file you changed
serve-one-changed = { $path } changed
serve-site = the site
serve-many-changed = { $count } files changed
serve-watching = watching the files: { $error }
serve-cannot-watch = warning: cannot watch { $folder }: { $error }
serve-pdf-pending = This PDF is being made. Reload the page in a few seconds.
overlay-heading = The site could not be built
overlay-note = You see the last version that worked. Fix the file and save it: this message goes away by itself.
overlay-hide = Hide

## writing the output (build.rs, output/staging.rs)

output-bad = { $why }; nothing was written
      = help: give --output a folder of its own, e.g. --output public
output-is-file = --output { $output } is a file, not a folder
output-is-site = --output { $output } would replace the site's own folder { $root }
output-inside = --output { $output } is inside the site's { $folder }/ folder, which the build reads
output-not-ours = { $path } exists and was not made by pathways, so it is not replaced; choose another --output folder, or empty or delete this one
output-foreign = { $output } holds { $count ->
    [one] 1 file
   *[other] { $count } files
  } that pathways did not write: { $named }. The build stops, so that they are not deleted; { $output } is unchanged
      = help: move them into the site's static/ folder (its files are copied into every build at the same place), or delete them yourself, then build again
output-more = and { $count } more
output-disk-full = the disk is full: free some space on it, or choose an --output folder on another disk
output-too-large = the file is larger than this system allows: ask whoever runs the machine to raise the limit
output-denied = you may not write there: choose another --output folder, or ask for write access to this one
output-not-folder = part of the path is a file, not a folder: choose another --output folder
output-check = check that the folder is writable and the disk is not full
output-io = cannot write { $path }: { $error }; { $hint } (the previous site is unchanged)
output-interrupted = the build was stopped before it was done; { $output } is unchanged
site-has-errors = the site has errors

## rendering (render/error.rs, site/mod.rs)

render-template = the template { $template } failed for { $page }: { $message }
render-print = cannot print { $document }:
    { $message }
render-stopped = printing was stopped because the content changed again
internal-bug = this is a bug in pathways: please report it with the content that caused it

## interface messages of the site (i18n.rs)

locale-no-separator = the `{ $lang }` messages have no `{ $id }`
    .help = add `{ $id } = ,` (or the separator your language uses in 1,193)
locale-none = there are no interface messages for the language `{ $lang }`
    .help = copy locales/en/ to locales/{ $lang }/ and translate the text after each `=`
    .built_in = make the folder locales/{ $lang }/ with a translated copy of the built-in main.ftl of en
locale-no-files = the folder has no .ftl files
    .help = copy locales/en/main.ftl to locales/{ $lang }/ and translate it
locale-unreadable = cannot read the file: { $error }
    .help = save the file as UTF-8 text
locale-bad-code = `{ $lang }` is not a language code
    .help = use a two- or three-letter code such as da, ar, en, uk
locale-syntax = this line is not valid Fluent: { $detail }
    .help = write each message as `id = text`; continue long text on lines that start with spaces
locale-twice = the message `{ $id }` is defined twice
    .help = keep one of them: each message id may appear once per language

## templates (validate/theme.rs)

page-cannot-be-made = a page cannot be made: { $error }
    .help = check the templates and the messages they use
template-cannot-fill = the template { $template } cannot be filled in: { $what }
    .label = here
    .help = compare the variable names with the other templates (or the built-in one); delete the file from themes/default/templates/ to use the built-in template

## the theme (theme/mod.rs)

theme-unreadable = cannot read the file: { $error }
    .help = save it as UTF-8 text
theme-pictogram-unreadable = cannot read the pictogram: { $error }
    .help = save it as an SVG file in UTF-8
theme-print-syntax = this print template has a syntax error: { $error }
    .help = fix the line in the template; the Typst documentation at typst.app/docs explains the syntax
theme-page-template = a page template has an error: { $error }
    .help = fix the template, or delete it from themes/default/templates/ to use the built-in one
theme-not-utf8 = the file is not UTF-8 text
    .help = save it again as UTF-8
theme-source-date = the environment variable SOURCE_DATE_EPOCH is `{ $value }`; it must be a whole number of seconds since 1970-01-01, e.g. 1700000000

## validate: soft criteria on the scale

level-not-for-tool = level { $level } ({ $label }) is not for criteria of the { $tool } tool
    .label = `{ $criterion }` is a { $tool } criterion
    .help = the scale in concept.yaml gives this level `tools:` without `{ $tool }`; choose one of { $fits }

## the site icon (theme/mod.rs)

theme-icon = the site's icon cannot be drawn from this SVG: { $error }
    .help = fix the SVG (open it in a browser to see it), or delete it to use the built-in icon

## the register of sources (validate/sources.rs, validate/mod.rs)

thing-document = source document
defined-documents = content/sources.yaml (`id:` of each document)
source-free-text = `source:` names a document of content/sources.yaml by its id, and says where in it with `at:`, e.g. `source: {"{"} document: branchepakker, at: "page 4" {"}"}`
document-empty = the document `{ $id }` has an empty title or publisher
    .label = empty
    .help = write the title as it stands on the document, and who published it; the sources page shows both
document-url = the address of the document `{ $id }` is not a web address
    .label = not a web address
    .help = write the full address, starting with https://, or leave `url:` out when the document is not online
document-year = the year of the document `{ $id }` cannot be right
    .label = not a year
    .help = write the year it was published, e.g. 2018, or leave `year:` out when the document does not say

## the term base (validate/terms.rs)

thing-term = term
term-both = «{ $word }» is both under `use:` and under `avoid:` of the term `{ $term }`
    .label = in both lists
    .help = a word cannot be the right one and one to avoid; delete it from one of the lists
term-empty = a word under `{ $lang }:` is empty
    .label = empty
    .help = write the word, or delete the line
term-avoid = «{ $word }» is not the word this site uses for `{ $term }` in { $lang }
    .label = write instead: { $words }
    .help = content/terms.yaml has «{ $avoid }» under `avoid:` of the term `{ $term }`; if the word is right here, delete it from `avoid:`
term-missing = the { $lang } text does not use the agreed word for `{ $term }`
    .label = none of these is here: { $words }
    .help = the { $default } text uses { $source }. Write one of the agreed words in the translation, or add the word the translation uses to `use:` of the term `{ $term }` in content/terms.yaml

## translate: XLIFF export and import, stale translations (translate/, cmd/translate.rs, validate/stale.rs)

cli-translate = Exchange texts with translators (XLIFF): export, import, accept
cli-translate-export = Write the texts of one language as an XLIFF 1.2 file for a translator's tool
cli-translate-lang = The language to translate into, e.g. ar or ti
cli-translate-only = Which texts: missing (not translated), stale (Danish changed since) or all
cli-translate-out = The XLIFF file to write
cli-translate-import = Write the translations of an XLIFF file into the content (all files or none)
cli-translate-file = The XLIFF file that came back from the translator
cli-translate-accept = Record that translations fit the Danish text as it is now
cli-translate-place = The text to accept, as FILE:LINE (the place `check` names)
cli-translate-all = Accept every translation of the site as it is now (writes content/translations.lock anew)
cli-translate-accept-lang = Only this language (can be repeated); all languages without it
translate-note-message = Interface text `{ $id }` (menus, headings, buttons on every page)
translate-note-step = Package page "{ $name }": step { $step } of the pathway
translate-note-criterion = Package page "{ $name }", its progress forms and the placement folder: a competence criterion (Danish and the translation stand side by side)
translate-note-employer = Employer page of "{ $name }": a training company
translate-note-package = Package page "{ $name }": { $field }
translate-note-course = Course page, and the package pages that use the course: { $field }
translate-note-concept = The concept (front page, about the packages, employer pages): { $field }
translate-note-site = Every page (site name, contact in the footer): { $field }
translate-xliff-version = this is not an XLIFF 1.2 file (`<xliff version="1.2">`): export again with `pathways translate export` and have it translated as XLIFF 1.2
translate-xliff-entity = the entity `&{ $name };` is not XML; write the character itself
translate-xliff-not = this is not an XLIFF file: it has no `<xliff>` element
translate-site-errors = the site has { $count } errors: run `pathways check`, fix them, then try again
translate-lock-broken = { $place }: this line of the translation record is damaged; run `pathways translate accept --all` to write it anew
translate-lang-bad = `{ $lang }` is not a language code: use two or three small letters, e.g. ar, ti, so
translate-lang-default = `{ $lang }` is the site's own language: the texts are written in it, not translated into it
translate-accept-nothing = { $place }: there is no text with translations at this line
translate-accept-place = `{ $place }` is not a place: write FILE:LINE, e.g. content/packages/landbrug.yaml:12, or --all
translate-source-lang = the file is translated from `{ $found }`, but the site's texts are in `{ $default }`
translate-unknown-unit = { $place }: unit `{ $id }` is not a text of this site (renamed, moved or deleted since the export?); remove it from the file or export again
translate-source-changed = { $place }: the Danish text of `{ $id }` changed since the export; export this text again and translate the new one
translate-empty-target = { $place }: the translation of `{ $id }` is empty; translate it, or set its state to new to leave it for later
translate-markup = { $place }: the translation of `{ $id }` holds markup (tags or codes); the site shows texts as plain text, so write it without them
translate-message-lines = { $place }: the interface text `{ $id }` has a line that does not start with a space; Fluent needs every further line indented
translate-yaml-unreadable = { $file } cannot be read as YAML; run `pathways check`
translate-patch-failed = { $place }: the translation did not read back as written; nothing was changed (please report this)
translate-fluent-broken = { $place }: with the translations the file is not valid Fluent; check the interface texts of this file
translate-nothing-written = nothing was written ({ $count } problems)
translate-exported = wrote { $units } units for { $lang } ({ $new } not translated, { $stale } stale) to { $file } in { $ms } ms
translate-file-unreadable = cannot read { $file }: { $error }
translate-imported = imported { $lang }: { $changed } translations written, { $unchanged } already as they were, { $skipped } not finished and left out; { $files } files changed in { $ms } ms
translate-new-language = `{ $lang }` is not a language of the site yet: add `- {"{"} code: { $lang }, name: …, dir: ltr {"}"}` to `languages:` in content/site.yaml, or `check` reports every `{ $lang }:` text as an error
translate-unit-twice = { $place }: unit `{ $id }` is in the file twice; keep one
translate-accepted = recorded { $count } translations as made from the current Danish text
stale-translation = the { $lang } text was made from an older Danish text (recorded { $since })
    .label = the Danish text changed since
    .help = update the translation (or export it with `pathways translate export --lang { $lang } --only stale`), then run `pathways translate accept { $place }`
stale-lock-broken = the translation record is damaged at this line, so stale translations are not found
    .help = run `pathways translate accept --all` to write it anew

## company: employer texts and practical facts for companies (validate/concept.rs, validate/package.rs)

thing-employer-fact = practical fact for companies
thing-employer-fact-named = the practical fact `{ $id }`
defined-employer-facts = `employer: facts:` in concept.yaml
yaml-missing-employer = `employer:` is the package told to the companies, as "you" the company, never the citizen: `summary:` (what the company gets), `audience:` (who the trainees are) and `certificate:` (what the trainee gets at the end), each in every language. `pathways new package` writes a template
yaml-missing-employer-purpose = `employer_purpose:` is the step told to the company, as "you" the company, never the citizen, e.g. `da: Praktikanten arbejder hos jer og lærer de daglige opgaver.` The practice folder, the employer page and the progression form show it
new-employer-comment = # The package told to the companies: write "you" to the company, never to the citizen. Practical facts of concept.yaml (employer: facts:) can get this package's own text under employer: facts: with the same id.
employer-levels-count = `level_descriptions:` has { $count } texts, but the scale has { $levels } levels
    .label = one text per level
    .help = write one text for each of the scale's { $levels } levels, lowest first, or delete `level_descriptions:` to use the scale's own descriptions

## citizen: answers for citizens in concept.yaml (validate/concept.rs)

thing-answer = answer
thing-answer-point = point of the answer `{ $id }`
answer-no-points = the answer `{ $id }` has no points
    .help = add `points:`, each with `text:` in every language and either `source:` or `illustrative: true`
