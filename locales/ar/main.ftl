# Interface text in Arabic (Modern Standard Arabic, without vowel marks).
# Each message: `id = text`. Text in { $name } is filled in by pathways.
# Arabic plural forms: [zero] [one] [two] [few] [many] *[other].

number-group-separator = ,

## Frame of every page
skip-link = انتقل إلى المحتوى
language-nav = اللغة
main-nav = القائمة
nav-home = الصفحة الرئيسية
nav-jobs = أين توجد الوظائف؟
untranslated-notice = لم تتم ترجمة بعض أجزاء هذه الصفحة بعد. وهي معروضة باللغة الدانماركية.
contact = التواصل
phone = الهاتف
email = البريد الإلكتروني
open-data = جميع البيانات كبيانات مفتوحة (JSON)
illustrative-contact = بيانات التواصل مثال فقط.
source = المصدر
yes = نعم

## Numbers and durations
weeks = { $n ->
    [one] أسبوع واحد
    [two] أسبوعان
    [few] { $n } أسابيع
   *[other] { $n } أسبوعا
}
days = { $n ->
    [one] يوم واحد
    [two] يومان
    [few] { $n } أيام
   *[other] { $n } يوما
}
jobs-count = { $count } وظيفة
travel-minutes = { $n } دقيقة بالحافلة أو القطار
step = الخطوة { $n }
level = المستوى { $n }
target-level = الهدف: المستوى { $level } من { $of } ({ $label })

## Front page
home-jobs-headline = { $total } وظيفة على بعد ساعة من { $from }
home-jobs-link = اعرف أين توجد الوظائف
home-packages = اختر مجالا مهنيا
home-how = كيف نعمل
card-duration = مدة المسار { $weeks }.

## Package page
package-for-whom = لمن هذا المسار؟
package-pathway = مسارك
package-total = المدة الكاملة { $weeks }. وفي المسار السريع { $fast }.
illustrative-durations = المدد المذكورة أمثلة.
diagram-title = المسار في { $steps } خطوات
diagram-region = المسار في رسم توضيحي
fast-track = المسار السريع
measurement = قياس
module-at-company = في شركة
module-gate = نقيس معا مدى استعدادك للخطوة التالية.
package-learn = ما ستتعلمه
package-learn-intro = في كل قياس ننظر معا إلى ما تستطيع فعله. تبين النقاط الهدف لكل خطوة.
module-courses = الدورات في هذه الخطوة
scale-heading = مستويات القياس
package-courses = دورات AMU
amu-number = رقم AMU
package-jobs = الوظائف في هذا المجال
package-job-types = الوظائف التي يمكنك الحصول عليها
package-jobs-total = { $total } وظيفة في هذا المجال على بعد ساعة
illustrative-jobs = أرقام هذا المجال مثال فقط.
package-certificate = ما تحصل عليه
package-contact = التواصل
package-employer-link = هل تمثل شركة؟ اقرأ عن دور شركة التدريب

## Employer page
employer-title = { $package }: للشركات
employer-citizen-link = انظر الصفحة الخاصة بالمشاركين
employer-role = دوركم كشركة تدريب
employer-timeline = المسار خطوة بخطوة
th-step = الخطوة
th-weeks = الأسابيع
th-what = الغرض
employer-profile = ملف الكفاءات
employer-provides = ما يوفره مركز التوظيف
employer-schemes = برامج الدعم
employer-tips = عشر نصائح مفيدة
employer-after = بعد التوظيف
employer-companies = أمثلة على شركات التدريب
illustrative-company = (مثال افتراضي)

## Course page
course-no-number = رقم AMU غير مذكور
course-days = المدة
course-provider = الجهة المقدمة
course-interpreter = مع مترجم فوري
course-language-support = مع دعم لغوي
course-used-by = هذه الدورة جزء من
illustrative-course = هذه الدورة مثال.
illustrative-value = مثال
illustrative-course-title = اسم الدورة مثال.

## Where are the jobs
jobs-title = أين توجد الوظائف؟
jobs-intro = كلما استطعت التنقل مسافة أبعد إلى العمل، زاد عدد الوظائف التي يمكنك التقدم إليها.
jobs-travel = مدة التنقل هي الوقت بالحافلة أو القطار من محطة فريدريكسهافن في كل اتجاه. تذكر أنك تذهب وتعود كل يوم.
jobs-per-package = الوظائف حسب المجال

## Language chooser and missing page
choose-language = اختر العربية
not-found-title = الصفحة غير موجودة
not-found-text = لا نستطيع العثور على الصفحة. ربما تم نقلها.
not-found-home = اذهب إلى الصفحة الرئيسية

## Printed documents (links on the web pages)
downloads-heading = للطباعة
downloads-intro = نستخدم هذه الاستمارات في جلسات القياس. يمكنك طباعتها أو الحصول عليها من مركز التوظيف.
download-folder = ملف التدريب العملي للشركات
download-form = استمارة متابعة التقدم للخطوة { $n }: { $name }
download-size = PDF، { $size } كيلوبايت
download-size-pending = PDF

## Progression form (PDF)
print-form-title = استمارة متابعة التقدم
print-form-intro = نقيس معا: المشارك والشركة ومركز التوظيف. ضع علامة واحدة لكل كفاءة في كل قياس.
print-module = الخطوة { $n } من { $of }: { $name }
print-citizen = المشارك
print-company = الشركة
print-contact-person = شخص التواصل في الشركة
print-consultant = مستشار التوظيف
print-period = الفترة
print-competence = الكفاءة
print-target = الهدف
print-target-note = الإطار السميك يبين هدف هذه الخطوة.
print-measurement = القياس { $n }
print-date = التاريخ
print-comments = ملاحظات
print-own-goal = هدفي الشخصي
print-signatures = التوقيعات
print-signature-citizen = المشارك
print-signature-company = الشركة
print-signature-jobcentre = مركز التوظيف
print-date-signature = التاريخ والتوقيع
print-scale = المقياس
print-read-online = اقرأ المزيد على الإنترنت
print-page = صفحة

## Progression form: the measurement meeting (fit-for-use issue)
print-document-title = { $title }: { $package }، { $module }
print-how-to = ضع علامة واحدة لكل كفاءة في كل قياس. ضع العلامة في – إذا لم تظهر الكفاءة بعد. الإطار السميك هو هدف هذه الخطوة.
print-not-yet = ليس بعد / لم تظهر بعد
print-level-not-used = الخانة الرمادية: هذا المستوى لا يناسب هذه الكفاءة.
print-initials = الأحرف الأولى من الاسم
print-agreed = ما اتفقنا عليه حتى القياس القادم
print-gate = جاهز للخطوة التالية؟
print-gate-yes = نعم
print-gate-not-yet = ليس بعد، قياس جديد بتاريخ
print-next-measurement = القياس القادم بتاريخ
print-signatures-end = التوقيعات في نهاية الخطوة

## Practice folder (PDF)
print-folder-title = ملف التدريب العملي
print-folder-subtitle = للشركات التي تستقبل مشاركا في تدريب عملي
print-folder-brief = الحزمة المهنية باختصار
print-folder-certificate = ما يحصل عليه المشارك
print-folder-forms = استمارات متابعة التقدم
print-folder-forms-intro = نستخدم استمارة واحدة لكل خطوة. نملؤها معكم في كل قياس. كل استمارة ورقة A4 واحدة بالوضع الأفقي. اطبعوها من العنوان، أو امسحوا الرمز بالهاتف.

# Between the items of a list in a sentence: the Arabic comma (a quoted string keeps the space).
list-separator = {"، "}

## the register of sources
sources-title = المصادر
sources-intro = هذه هي الوثائق التي أُخذت منها الأرقام الواردة في هذا الموقع. تحت كل وثيقة تجد ما أخذناه منها.
sources-used-for = ما أخذناه من هذه الوثيقة
sources-background = استخدمنا هذه الوثيقة خلفيةً للنصوص. لا توجد في الموقع أرقام مأخوذة منها.
sources-open = اقرأ الوثيقة
sources-use-jobs = عدد الوظائف في أسواق العمل الثلاثة
sources-use-contact = بيانات الاتصال
sources-use-course = دورة AMU: { $course }
sources-use-package-jobs = { $package }: عدد الوظائف
sources-use-package-durations = { $package }: مدة الوحدات
sources-use-package-contact = { $package }: الشخص المسؤول عن التواصل
sources-use-company = { $package }: الشركة { $company }

## translate: a translation made from an older Danish text
stale-mark = قد تكون هذه الترجمة قديمة

## company: the way in for companies, practical facts, the employer texts
nav-employers = للشركات
employers-title = للشركات
employers-intro = هل تحتاجون إلى عاملين؟ كونوا شركة تدريب. تدربون موظفا جديدا لديكم، ويساعدكم مركز التوظيف في كل خطوة.
employers-packages = اختاروا مجال عملكم
employers-become = كيف تصبحون شركة تدريب
employers-become-1 = اختاروا المجال المناسب لشركتكم. واقرؤوا ما تحصلون عليه وما عليكم فعله.
employers-become-2 = اتصلوا بمستشار الشركات في مركز التوظيف المسؤول عن هذا المجال أو راسلوه. تجدون بيانات الاتصال في أسفل صفحة المجال.
employers-become-3 = نعقد اجتماعا لديكم. ونضع معا ملف الكفاءات، ونجد المتدرب المناسب.
home-employers = للشركات
home-employers-text = هل تحتاجون إلى عاملين؟ كونوا شركة تدريب، ودربوا موظفا جديدا بمساعدة مركز التوظيف.
home-employers-link = اقرؤوا عن دور شركة التدريب
employer-facts = قبل أن توافقوا
illustrative-fact = (مثال: اتفقوا على التفاصيل مع مركز التوظيف)
employer-downloads-intro = يجمع ملف التدريب العملي كل شيء لتتمكنوا من طباعته. ونستخدم استمارات متابعة التقدم معا في جلسات القياس.
employer-module-gate = نقيس معا هل المتدرب مستعد للخطوة التالية.
employer-job-types = الوظائف التي يمكن أن يحصل عليها المتدرب
employer-all-link = جميع المجالات للشركات
print-weeks-illustrative = { $weeks }، مثال
sources-use-employer-fact = للشركات: { $fact }

## citizen: answers for citizens, principles where they happen, each criterion once
answers-heading = أسئلة وأجوبة
answers-example-note = النقطة التي بجانبها (مثال) هي مثال لا تذكره المصادر. اسأل مركز التوظيف عما ينطبق عليك.
call-consultant = هل لديك أسئلة؟ اتصل بمستشار التوظيف الخاص بك، أو اتصل برقم { $centre }:
principle-motto = «{ $motto }»
package-targets-intro = تبين النقاط الهدف في كل خطوة. ونقيس معا خلال المسار.
th-competence = الكفاءة
target-none = لا يقاس في هذه الخطوة
support-heading = الدعم خلال المسار
home-dogmas = ما نلتزم به دائما
downloads-summary = { $count ->
    [one] استمارة للطباعة (1 ملف PDF)
   *[other] استمارات للطباعة ({ $count } ملفات PDF)
}
package-steps-summary = ماذا يحدث في كل خطوة؟
scale-summary = ماذا تعني النقاط؟
principle-at-step = الخطوة { $n }، { $name }:
sources-use-answer = الإجابة عن سؤال «{ $question }»
