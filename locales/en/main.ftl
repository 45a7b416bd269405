# Interface text in English. Each message: `id = text`. Text in { $name } is
# filled in by pathways; keep it as it is. Plural forms: [one] and *[other].

number-group-separator = ,

## Frame of every page
skip-link = Go to the content
language-nav = Language
main-nav = Menu
nav-home = Home
nav-jobs = Where are the jobs?
untranslated-notice = Parts of this page are not translated yet. They are shown in Danish.
contact = Contact
phone = Phone
email = Email
open-data = All data as open data (JSON)
illustrative-contact = The contact details are an example.
source = Source
yes = Yes

## Numbers and durations
weeks = { $n ->
    [one] { $n } week
   *[other] { $n } weeks
}
days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
jobs-count = { $count } jobs
travel-minutes = { $n } minutes by bus or train
step = Step { $n }
level = Level { $n }
target-level = Target: level { $level } of { $of } ({ $label })

## Front page
home-jobs-headline = { $total } jobs within an hour of { $from }
home-jobs-link = See where the jobs are
home-packages = Choose a sector
home-how = How we work
card-duration = The pathway takes { $weeks }.

## Package page
package-for-whom = Who is it for?
package-pathway = Your pathway
package-total = In total { $weeks }. On the fast track { $fast }.
illustrative-durations = The durations are examples.
diagram-title = The pathway in { $steps } steps
diagram-region = The pathway as a diagram
fast-track = Fast track
measurement = Measurement
module-at-company = At a company
module-gate = We measure together whether you are ready for the next step.
package-learn = What you learn
package-learn-intro = At each measurement we look together at what you can do. The dots show the target for the step.
module-courses = Courses in this step
scale-heading = The scale for the measurements
package-courses = AMU courses
amu-number = AMU number
package-jobs = Jobs in the sector
package-job-types = Jobs you can get
package-jobs-total = { $total } jobs in the sector within an hour
illustrative-jobs = The figures for the sector are an example.
package-certificate = What you get
package-contact = Contact
package-employer-link = Are you a company? Read about being a training company

## Employer page
employer-title = { $package }: for companies
employer-citizen-link = See the page for participants
employer-role = Your role as a training company
employer-timeline = The pathway step by step
th-step = Step
th-weeks = Weeks
th-what = Purpose
employer-profile = The skills profile
employer-provides = What the job centre provides
employer-schemes = Support schemes
employer-tips = Ten good tips
employer-after = After hiring
employer-companies = Examples of training companies
illustrative-company = (invented example)

## Course page
course-no-number = AMU number not given
course-days = Duration
course-provider = Provider
course-interpreter = With interpreter
course-language-support = With language support
course-used-by = The course is part of
illustrative-course = The course is an example.
illustrative-value = example
illustrative-course-title = The name of the course is an example.

## Where are the jobs
jobs-title = Where are the jobs?
jobs-intro = The further you can travel to work, the more jobs you can apply for.
jobs-travel = Travel time is the time by bus or train from Frederikshavn station, each way. Remember that you travel there and back every day.
jobs-per-package = Jobs per sector

## Language chooser and missing page
choose-language = Choose English
not-found-title = The page does not exist
not-found-text = We cannot find the page. Maybe it has moved.
not-found-home = Go to the home page

## Printed documents (links on the web pages)
downloads-heading = For printing
downloads-intro = We use these forms at the measurements. You can print them or get them at the job centre.
download-folder = Placement folder for companies
download-form = Progress form for step { $n }: { $name }
download-size = PDF, { $size } kB
download-size-pending = PDF

## Progression form (PDF)
print-form-title = Progress form
print-form-intro = We measure together: participant, company and job centre. Tick one box for each skill at each measurement.
print-module = Step { $n } of { $of }: { $name }
print-citizen = Participant
print-company = Company
print-contact-person = Contact person at the company
print-consultant = Job consultant
print-period = Period
print-competence = Skill
print-target = Target
print-target-note = The thick frame shows the target for this step.
print-measurement = Measurement { $n }
print-date = Date
print-comments = Comments
print-own-goal = My own goal
print-signatures = Signatures
print-signature-citizen = Participant
print-signature-company = Company
print-signature-jobcentre = Job centre
print-date-signature = Date and signature
print-scale = Scale
print-read-online = Read more online
print-page = Page

## Progression form: the measurement meeting (fit-for-use issue)
print-document-title = { $title }: { $package }, { $module }
print-how-to = Tick one box for each skill at each measurement. Tick – when it has not been seen yet. The thick frame is the target for the step.
print-not-yet = not yet / not seen
print-level-not-used = Grey box: the level does not fit this skill.
print-initials = Initials
print-agreed = Agreed until the next measurement
print-gate = Ready for the next step?
print-gate-yes = Yes
print-gate-not-yet = Not yet, new measurement on
print-next-measurement = Next measurement on
print-signatures-end = Signatures at the end of the step

## Practice folder (PDF)
print-folder-title = Placement folder
print-folder-subtitle = For companies that take a participant on a work placement
print-folder-brief = The sector package in brief
print-folder-certificate = What the participant receives
print-folder-forms = Progress forms
print-folder-forms-intro = We use one form for each step. We fill it in together with you at each measurement. Each form is one A4 sheet, landscape. Print it from the address, or scan the code with a phone.

# Between the items of a list in a sentence (a quoted string keeps the space).
list-separator = {", "}

## the register of sources
sources-title = Sources
sources-intro = These are the documents that the figures on this site come from. Under each document you can see what we took from it.
sources-used-for = What we took from it
sources-background = We used this document as background for the texts. No figures on this site come from it.
sources-open = Read the document
sources-use-jobs = Number of jobs in the three labour markets
sources-use-contact = Contact details
sources-use-course = The AMU course { $course }
sources-use-package-jobs = { $package }: number of jobs
sources-use-package-durations = { $package }: how long the modules last
sources-use-package-contact = { $package }: contact person
sources-use-company = { $package }: the company { $company }

## translate: a translation made from an older Danish text
stale-mark = this translation may be out of date

## company: the way in for companies, practical facts, the employer texts
nav-employers = For companies
employers-title = For companies
employers-intro = Do you need workers? Become a training company. You train a new employee at your workplace, and the job centre helps you all the way.
employers-packages = Choose your sector
employers-become = How to become a training company
employers-become-1 = Choose the sector that fits your company. Read what you get and what you do.
employers-become-2 = Call or write to the job centre's company consultant for the sector. You find the contact at the bottom of the sector's page.
employers-become-3 = We meet at your workplace. Together we set the skills profile and find the right trainee.
home-employers = For companies
home-employers-text = Do you need workers? Become a training company and train a new employee with help from the job centre.
home-employers-link = Read about being a training company
employer-facts = Before you say yes
illustrative-fact = (example: agree the details with the job centre)
employer-downloads-intro = The placement folder has everything in one document for printing. We use the progress forms together at the measurements.
employer-module-gate = We measure together whether the trainee is ready for the next step.
employer-job-types = Jobs the trainee can get
employer-all-link = All sectors for companies
print-weeks-illustrative = { $weeks }, example
sources-use-employer-fact = For companies: { $fact }

## citizen: answers for citizens, principles where they happen, each criterion once
answers-heading = Questions and answers
answers-example-note = A point marked (example) is an example that the sources do not mention. Ask the job centre what applies to you.
call-consultant = Questions? Call your job consultant or { $centre }:
principle-motto = “{ $motto }”
package-targets-intro = The dots show the goal in each step. We measure together along the way.
th-competence = Skill
target-none = not measured in this step
support-heading = Help along the way
home-dogmas = What we hold on to
downloads-summary = { $count ->
    [one] Form to print (1 PDF)
   *[other] Forms to print ({ $count } PDFs)
}
package-steps-summary = What happens in each step?
scale-summary = What do the dots mean?
principle-at-step = Step { $n }, { $name }:
sources-use-answer = The answer to “{ $question }”
