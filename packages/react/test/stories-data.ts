import { catalog, parseErrorResponse, type PartnerCenterError } from '@pc-errors/error-catalog';
import type { CatalogText } from '../src/i18n/I18nProvider';
import { en, pseudoMessages, type Messages } from '../src/i18n/messages';

const categories = ['404', '409', '429', '400', '401', '403', '500', '502', '503'] as const;

/** A deterministic error log of any size, shaped like a busy partner's month of failed calls. */
export function generateErrors(count: number, seed = 1): PartnerCenterError[] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const start = Date.UTC(2026, 9, 1);
  const documented = catalog.filter((entry) => entry.httpStatus >= 400);
  const errors: PartnerCenterError[] = new Array<PartnerCenterError>(count);
  for (let i = 0; i < count; i++) {
    const entry = documented[Math.floor(random() * documented.length)]!;
    const undocumented = random() < 0.1;
    const status = undocumented ? Number(categories[Math.floor(random() * categories.length)]) : entry.httpStatus;
    errors[i] = parseErrorResponse({
      status,
      headers: {
        'MS-CorrelationId': `c${(i * 7919).toString(16).padStart(7, '0')}-4a51-9f41`,
        'MS-RequestId': `r${i.toString(16).padStart(8, '0')}`,
        ...(status === 429 ? { 'Retry-After': '30' } : {}),
      },
      body: {
        code: undocumented ? String(1000 + (i % 50)) : entry.code,
        description: entry.message.replaceAll('{0}', `A${i}`),
        data: [],
        source: i % 3 ? 'PartnerFD' : 'Commerce',
      },
      receivedAt: new Date(start + i * 26_000),
    });
  }
  return errors;
}

/** The rows a live log receives next: the same generator continued, so IDs stay unique and times keep rising. */
export function nextErrors(existing: readonly PartnerCenterError[], count = 1, seed = 1): PartnerCenterError[] {
  return generateErrors(existing.length + count, seed).slice(existing.length);
}

/** The component strings a story's play function should expect under the toolbar's locale global. */
export function messagesFor(globals: Record<string, unknown>): Messages {
  return globals.locale === 'pseudo' ? pseudoMessages : en;
}

const arabicNumber = (value: number) => value.toLocaleString('ar');

/** A portal localized in Arabic: every string the banner and the tables show (no English left behind). */
export const arabicMessages: Messages = {
  retry: 'إعادة المحاولة',
  retryIn: (seconds) => `يمكن إعادة المحاولة بعد ${arabicNumber(seconds)} ث`,
  retryReady: 'يمكنك إعادة المحاولة الآن.',
  retryWhen: (hint) => `أعد المحاولة لاحقًا. ${hint}.`,
  dismiss: 'إغلاق',
  copyDetails: 'نسخ التفاصيل',
  copied: 'تم نسخ التفاصيل إلى الحافظة.',
  copyFailed: 'الحافظة غير متاحة هنا. افتح التفاصيل وانسخها يدويًا.',
  details: 'التفاصيل',
  detailLabels: {
    httpStatus: 'حالة HTTP',
    code: 'رمز الخطأ',
    source: 'المصدر',
    correlationId: 'معرّف الارتباط',
    requestId: 'معرّف الطلب',
    time: 'الوقت',
    realm: 'نطاق المصادقة',
    documentedStatus: 'موثّق بالحالة',
    candidates: 'قد يكون',
    retryAfter: 'الانتظار قبل إعادة المحاولة',
    lineItem: 'بند الطلب',
    orderGroup: 'مجموعة الطلب',
  },
  waitSeconds: (seconds) => `${arabicNumber(seconds)} ث`,
  waitFromBody: (wait) => `${wait}، مأخوذ من نص الاستجابة`,
  noResponse: 'لا توجد استجابة',
  cancelledTitle: 'أُلغي الطلب',
  cancelledDescription: 'أُلغي الطلب قبل وصول أي رد. ربما نُفِّذ وربما لم يُنفَّذ.',
  severity: { error: 'خطأ', warning: 'تحذير', info: 'إشعار' },
  category: {
    authentication: 'تسجيل الدخول',
    authorization: 'الأذونات',
    validation: 'طلب غير صالح',
    'not-found': 'غير موجود',
    conflict: 'تعارض',
    eligibility: 'الأهلية',
    limit: 'الحد',
    transient: 'مؤقت',
    service: 'الخدمة',
    unknown: 'أخرى',
    cancelled: 'ملغى',
  },
  fixHeading: 'كيفية الإصلاح',
  fieldsInvolved: 'الحقول المعنية',
  countries: 'البلدان والمناطق',
  learnMore: 'مزيد من المعلومات',
  opensInNewTab: '(يفتح في علامة تبويب جديدة)',
  statusMismatch: (documented, received) => `موثّق بالحالة ${documented}؛ وصلت الحالة ${received}.`,
  candidatesIntro: (code, documented, received) =>
    `الرمز ${code} موثّق بالحالة ${documented}، لا ${received}. قد يكون أحد هذه الأخطاء:`,
  candidate: (position, count, title) => `الاحتمال ${arabicNumber(position)} من ${arabicNumber(count)}: ${title}`,
  columns: {
    expand: 'الإصلاح',
    time: 'الوقت',
    status: 'الحالة',
    code: 'الرمز',
    title: 'العنوان',
    category: 'الفئة',
    source: 'المصدر',
    correlationId: 'معرّف الارتباط',
    message: 'الرسالة',
    retryable: 'قابل لإعادة المحاولة',
    origin: 'موثّق في',
  },
  origin: {
    'rest-error-codes': 'رموز أخطاء REST',
    cart: 'بنود سلة التسوق',
    identity: 'تسجيل الدخول إلى Microsoft Entra',
  },
  originFilter: 'موثّق في',
  documentedShort: (documented) => `(موثّق ${documented})`,
  possibleErrors: (count) => `(${arabicNumber(count)} أخطاء محتملة)`,
  tableLabel: 'الأخطاء',
  catalogTableLabel: 'أخطاء Partner Center الموثقة',
  search: 'بحث',
  searchPlaceholder: 'الرمز أو العنوان أو المعرّف…',
  statusFilter: 'حالة HTTP',
  categoryFilter: 'الفئة',
  clearFilters: 'مسح عوامل التصفية',
  columnsMenu: 'الأعمدة',
  showFix: (title) => `عرض إصلاح: ${title}`,
  entryName: (code, httpStatus) => `${code} (HTTP ${httpStatus})`,
  noCode: 'لا يوجد',
  resultCount: (shown, total) =>
    shown === total
      ? `عدد الصفوف: ${arabicNumber(total)}`
      : `عدد الصفوف: ${arabicNumber(shown)} من ${arabicNumber(total)}`,
  sortedBy: (column, direction) => `مرتّب حسب ${column}، ${direction === 'ascending' ? 'تصاعديًا' : 'تنازليًا'}`,
  sortCleared: 'تم إلغاء الترتيب',
  empty: 'لا توجد أخطاء بعد.',
  emptyFiltered: 'لا توجد صفوف تطابق البحث وعوامل التصفية.',
  yes: 'نعم',
  no: 'لا',
  order: {
    heading: 'نتيجة الطلب',
    summary: (ordered, total, failed) =>
      `طُلب ${arabicNumber(ordered)} من ${arabicNumber(total)}؛ ${arabicNumber(failed)} بحاجة إلى مراجعة.`,
    allOrdered: (total) => `طُلبت البنود كلها (${arabicNumber(total)}).`,
    noneOrdered: (total) => `لم يُطلب أي من البنود (${arabicNumber(total)}).`,
    otherProblems: (count) => `مشكلات تخص الطلب كله: ${arabicNumber(count)}.`,
    failedHeading: 'لم يُطلب',
    orderedHeading: 'تم الطلب',
    orderGroup: (id) => `مجموعة الطلب ${id}`,
    lineItem: (id) => `بند الطلب ${id}`,
    wholeOrder: 'الطلب',
  },
  // The banner and the tables show no input problems; a portal that lists them translates these too.
  problems: {},
};

/** The catalog text of the Arabic stories' errors, translated as a portal would ship it. */
export const arabicCatalogText: Record<string, CatalogText> = {
  '404-20003': {
    message: 'الاشتراك غير موجود.',
    summary: 'لا يوجد اشتراك بهذا المعرّف لهذا العميل.',
    steps: ['تحقق من معرّف الاشتراك في الطلب ومن أنه يخص هذا العميل.', 'اعرض اشتراكات العميل للحصول على المعرّف الحالي.'],
  },
  '400-600049': { message: 'معلومات رقم تسجيل المؤسسة مفقودة' },
  '409-800060': { message: 'طلبك قيد المعالجة. راجع سجل الطلبات بعد بضع دقائق' },
  '401-800001': { message: 'رمز الشريك مفقود في سياق الطلب' },
};

/** German, for the stories that show localized country names with the text around them in the same language. */
export const germanMessages: Partial<Messages> = {
  fixHeading: 'So beheben Sie den Fehler',
  fieldsInvolved: 'Betroffene Felder',
  countries: 'Länder und Regionen',
  learnMore: 'Weitere Informationen',
  opensInNewTab: '(öffnet in einem neuen Tab)',
};

export const germanCatalogText: Record<string, CatalogText> = {
  '400-600049': {
    message: 'Angaben zur Registrierungsnummer der Organisation fehlen',
    summary:
      'Kunden in den Ländern dieses Eintrags benötigen eine Registrierungsnummer der Organisation, und es wurde keine gesendet.',
    steps: [
      'Bitten Sie den Kunden um die Registrierungsnummer seiner Organisation.',
      'Senden Sie sie als organizationRegistrationNumber, wenn Sie den Kunden anlegen oder ändern.',
    ],
  },
};
