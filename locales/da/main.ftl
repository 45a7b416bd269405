# Interface text in Danish. Each message: `id = text`. Text in { $name } is
# filled in by pathways; keep it as it is. Plural forms: [one] and *[other].

number-group-separator = .

## Frame of every page
skip-link = Gå til indholdet
language-nav = Sprog
main-nav = Menu
nav-home = Forside
nav-jobs = Hvor er jobbene?
untranslated-notice = Dele af denne side er ikke oversat endnu. De står på dansk.
contact = Kontakt
phone = Telefon
email = E-mail
open-data = Alle data som åbne data (JSON)
illustrative-contact = Kontaktoplysningerne er et eksempel.
source = Kilde
yes = Ja

## Numbers and durations
weeks = { $n ->
    [one] { $n } uge
   *[other] { $n } uger
}
days = { $n ->
    [one] { $n } dag
   *[other] { $n } dage
}
jobs-count = { $count } job
travel-minutes = { $n } minutter med bus eller tog
step = Trin { $n }
level = Niveau { $n }
target-level = Mål: niveau { $level } af { $of } ({ $label })

## Front page
home-jobs-headline = { $total } job inden for en time fra { $from }
home-jobs-link = Se, hvor jobbene er
home-packages = Vælg en branche
home-how = Sådan arbejder vi
card-duration = Forløbet varer { $weeks }.

## Package page
package-for-whom = Hvem er det for?
package-pathway = Dit forløb
package-total = I alt { $weeks }. På fast track { $fast }.
illustrative-durations = Varighederne er eksempler.
diagram-title = Forløbet i { $steps } trin
diagram-region = Forløbet som tegning
fast-track = Fast track
measurement = Måling
module-at-company = I en virksomhed
module-gate = Vi måler sammen, om du er klar til næste trin.
package-learn = Det lærer du
package-learn-intro = Ved hver måling ser vi sammen på, hvad du kan. Prikkerne viser målet for trinnet.
module-courses = Kurser i dette trin
scale-heading = Skalaen for målingerne
package-courses = AMU-kurser
amu-number = AMU-nummer
package-jobs = Job i branchen
package-job-types = Job, du kan få
package-jobs-total = { $total } job i branchen inden for en time
illustrative-jobs = Tallene for branchen er et eksempel.
package-certificate = Det får du
package-contact = Kontakt
package-employer-link = Er du virksomhed? Læs om at være træningsvirksomhed

## Employer page
employer-title = { $package }: for virksomheder
employer-citizen-link = Se siden for borgere
employer-role = Jeres rolle som træningsvirksomhed
employer-timeline = Forløbet trin for trin
th-step = Trin
th-weeks = Uger
th-what = Formål
employer-profile = Kompetenceprofilen
employer-provides = Det sørger jobcentret for
employer-schemes = Støtteordninger
employer-tips = Ti gode råd
employer-after = Efter ansættelsen
employer-companies = Eksempler på træningsvirksomheder
illustrative-company = (opdigtet eksempel)

## Course page
course-no-number = AMU-nummer ikke oplyst
course-days = Varighed
course-provider = Udbyder
course-interpreter = Med tolk
course-language-support = Med sprogstøtte
course-used-by = Kurset indgår i
illustrative-course = Kurset er et eksempel.
illustrative-value = eksempel
illustrative-course-title = Kursets navn er et eksempel.

## Where are the jobs
jobs-title = Hvor er jobbene?
jobs-intro = Jo længere du kan rejse til arbejde, jo flere job kan du søge.
jobs-travel = Rejsetid er tiden med bus eller tog fra Frederikshavn station hver vej. Tænk på, at du skal frem og tilbage hver dag.
jobs-per-package = Job pr. branche

## Language chooser and missing page
choose-language = Vælg dansk
not-found-title = Siden findes ikke
not-found-text = Vi kan ikke finde siden. Måske er den flyttet.
not-found-home = Gå til forsiden

## Printed documents (links on the web pages)
downloads-heading = Til udskrift
downloads-intro = Skemaerne bruger vi ved målingerne. Du kan printe dem eller få dem i jobcentret.
download-folder = Praktikmappe for virksomheder
download-form = Progressionsskema til trin { $n }: { $name }
download-size = PDF, { $size } kB
download-size-pending = PDF

## Progression form (PDF)
print-form-title = Progressionsskema
print-form-intro = Vi måler sammen: borger, virksomhed og jobcenter. Sæt ét kryds for hver kompetence ved hver måling.
print-module = Trin { $n } af { $of }: { $name }
print-citizen = Borger
print-company = Virksomhed
print-contact-person = Kontaktperson i virksomheden
print-consultant = Jobkonsulent
print-period = Periode
print-competence = Kompetence
print-target = Mål
print-target-note = Den tykke ramme viser målet for trinnet.
print-measurement = Måling { $n }
print-date = Dato
print-comments = Bemærkninger
print-own-goal = Mit eget mål
print-signatures = Underskrifter
print-signature-citizen = Borger
print-signature-company = Virksomhed
print-signature-jobcentre = Jobcenter
print-date-signature = Dato og underskrift
print-scale = Skala
print-read-online = Læs mere på nettet
print-page = Side

## Progression form: the measurement meeting (fit-for-use issue)
print-document-title = { $title }: { $package }, { $module }
print-how-to = Sæt ét kryds for hver kompetence ved hver måling. Kryds i – når det ikke er set endnu. Den tykke ramme er målet for trinnet.
print-not-yet = ikke endnu / ikke set
print-level-not-used = Gråt felt: niveauet passer ikke til kompetencen.
print-initials = Initialer
print-agreed = Aftalt til næste måling
print-gate = Klar til næste trin?
print-gate-yes = Ja
print-gate-not-yet = Ikke endnu, ny måling den
print-next-measurement = Næste måling den
print-signatures-end = Underskrifter, når trinnet er slut

## Practice folder (PDF)
print-folder-title = Praktikmappe
print-folder-subtitle = Til virksomheder, der tager en borger i praktik
print-folder-brief = Branchepakken kort
print-folder-certificate = Det får borgeren
print-folder-forms = Progressionsskemaer
print-folder-forms-intro = Vi bruger et skema for hvert trin. Vi udfylder det sammen med jer ved hver måling. Hvert skema er ét ark A4 på tværs. Print det fra adressen, eller scan koden med en telefon.

# Between the items of a list in a sentence (a quoted string keeps the space).
list-separator = {", "}

## the register of sources (kilder)
sources-title = Kilder
sources-intro = Her er de dokumenter, som tallene på siden kommer fra. Under hvert dokument står, hvad vi har brugt fra det.
sources-used-for = Det har vi brugt fra dokumentet
sources-background = Vi har brugt dokumentet som baggrund for teksterne. Ingen tal på siden kommer fra det.
sources-open = Læs dokumentet
sources-use-jobs = Antal job i de tre arbejdsmarkeder
sources-use-contact = Kontaktoplysninger
sources-use-course = AMU-kurset { $course }
sources-use-package-jobs = { $package }: antal job
sources-use-package-durations = { $package }: hvor længe modulerne varer
sources-use-package-contact = { $package }: kontaktperson
sources-use-company = { $package }: virksomheden { $company }

## translate: a translation made from an older Danish text
stale-mark = oversættelsen kan være forældet

## company: the way in for companies, practical facts, the employer texts
nav-employers = For virksomheder
employers-title = For virksomheder
employers-intro = Mangler I folk? Bliv træningsvirksomhed. I lærer en ny medarbejder op hos jer, og jobcentret hjælper jer hele vejen.
employers-packages = Vælg jeres branche
employers-become = Sådan bliver I træningsvirksomhed
employers-become-1 = Vælg den branche, der passer til jeres virksomhed. Læs, hvad I får, og hvad I skal gøre.
employers-become-2 = Ring eller skriv til jobcentrets virksomhedskonsulent for branchen. Kontakten står nederst på branchens side.
employers-become-3 = Vi holder et møde hos jer. Sammen laver vi kompetenceprofilen og finder den rette praktikant.
home-employers = For virksomheder
home-employers-text = Mangler I folk? Bliv træningsvirksomhed, og lær en ny medarbejder op med hjælp fra jobcentret.
home-employers-link = Læs om at være træningsvirksomhed
employer-facts = Før I siger ja
illustrative-fact = (eksempel: aftal det præcise med jobcentret)
employer-downloads-intro = Praktikmappen samler det hele, så I kan printe det. Progressionsskemaerne bruger vi sammen ved målingerne.
employer-module-gate = Vi måler sammen, om praktikanten er klar til næste trin.
employer-job-types = Job, praktikanten kan få
employer-all-link = Alle brancher for virksomheder
print-weeks-illustrative = { $weeks }, eksempel
sources-use-employer-fact = Til virksomheder: { $fact }

## citizen: answers for citizens, principles where they happen, each criterion once
answers-heading = Spørgsmål og svar
answers-example-note = Et punkt med (eksempel) er et eksempel, som kilderne ikke nævner. Spørg jobcentret, hvad der gælder for dig.
call-consultant = Spørgsmål? Ring til din jobkonsulent eller til { $centre }:
principle-motto = »{ $motto }«
package-targets-intro = Prikkerne viser målet i hvert trin. Vi måler sammen undervejs.
th-competence = Kompetence
target-none = ikke målt i dette trin
support-heading = Hjælp undervejs
home-dogmas = Det holder vi fast i
downloads-summary = { $count ->
    [one] Skema til udskrift (1 PDF)
   *[other] Skemaer til udskrift ({ $count } PDF)
}
package-steps-summary = Hvad sker der i hvert trin?
scale-summary = Hvad betyder prikkerne?
principle-at-step = Trin { $n }, { $name }:
sources-use-answer = Svar på spørgsmålet »{ $question }«
