// The flows' forms and their local checks: the manager contact (registration and swaps), the
// review applicant, and the handler form of 授權指派. Checked with the domain validators before
// any call, so the person sees every mistake at once and in the same words the server would use.
import type { Permission } from '../api/schemas.js';
import { flowProblemError } from '../api/flow-problems.js';
import { validateEmail } from '../domain/email.js';
import { validatePersonName, validateRemarks } from '../domain/free-text.js';
import { validateNationalId } from '../domain/national-id.js';
import { validateExtension, validatePhone } from '../domain/phone.js';
import { validateCertificateSerial } from '../domain/serial.js';

export type FormCheck<T> = { ok: true; value: T } | { ok: false; errors: unknown[] };

/** 姓名*, 電子信箱*, 連絡電話*, 分機, 備註. */
export interface ContactForm {
  name: string;
  email: string;
  phone: string;
  extension: string;
  remarks: string;
}

export const EMPTY_CONTACT: Readonly<ContactForm> = /* @__PURE__ */ Object.freeze({
  name: '',
  email: '',
  phone: '',
  extension: '',
  remarks: '',
});

/** What the registration and swap endpoints take. */
export interface ContactBody {
  name: string;
  email: string;
  phone: string;
  extension?: string;
  remarks?: string;
}

function collect<T>(
  results: readonly ({ ok: true } | { ok: false; error: unknown })[],
  value: () => T,
): FormCheck<T> {
  const errors = results.flatMap((r) => (r.ok ? [] : [r.error]));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: value() };
}

export function checkContact(form: ContactForm): FormCheck<ContactBody> {
  const name = validatePersonName(form.name);
  const email = validateEmail(form.email, { label: { 'zh-TW': '電子信箱', en: 'Email' } });
  const phone = validatePhone(form.phone, { label: { 'zh-TW': '連絡電話', en: 'Phone number' } });
  const extension = validateExtension(form.extension);
  const remarks = validateRemarks(form.remarks);
  return collect([name, email, phone, extension, remarks], () => {
    const body: ContactBody = {
      name: name.ok ? name.value : '',
      email: email.ok ? email.value : '',
      phone: phone.ok ? phone.value.display : '',
    };
    if (extension.ok && extension.value !== '') body.extension = extension.value;
    if (remarks.ok && remarks.value !== '') body.remarks = remarks.value;
    return body;
  });
}

/** 機關憑證註冊申請人確認畫面: 姓名, 電話. */
export interface ApplicantForm {
  applicantName: string;
  phone: string;
}

export function checkApplicant(form: ApplicantForm): FormCheck<ApplicantForm> {
  const name = validatePersonName(form.applicantName, { field: 'applicantName' });
  const phone = validatePhone(form.phone);
  return collect([name, phone], () => ({
    applicantName: name.ok ? name.value : '',
    phone: phone.ok ? phone.value.display : '',
  }));
}

/** 資料輸入區【新增授權經辦人】/【修改授權經辦人】 and 功能選單【新增擁有權限】. */
export interface HandlerForm {
  /** 憑證序號(SN): typed, or filled by readCard(). */
  serial: string;
  name: string;
  /** 身分證統一編號, in full: this is where the person types it. */
  nationalId: string;
  /** Leaf permission ids of the catalog; at least one. */
  permissions: string[];
}

export const EMPTY_HANDLER: Readonly<HandlerForm> = /* @__PURE__ */ Object.freeze({
  serial: '',
  name: '',
  nationalId: '',
  permissions: [],
});

/** Leaf ids of the permission catalog, in catalog order. */
export function permissionLeaves(catalog: readonly Permission[]): string[] {
  const out: string[] = [];
  const walk = (nodes: readonly Permission[]) => {
    for (const node of nodes) {
      if (node.children && node.children.length > 0) walk(node.children);
      else out.push(node.id);
    }
  };
  walk(catalog);
  return out;
}

export function checkHandler(
  form: HandlerForm,
  catalog: readonly Permission[] | undefined,
  now: Date,
): FormCheck<HandlerForm> {
  const serial = validateCertificateSerial(form.serial);
  const name = validatePersonName(form.name);
  const nationalId = validateNationalId(form.nationalId, { now });
  const leaves = catalog ? permissionLeaves(catalog) : undefined;
  const unknown = leaves ? form.permissions.filter((p) => !leaves.includes(p)) : [];
  const permissions =
    form.permissions.length === 0
      ? {
          ok: false as const,
          error: flowProblemError('PERMISSION_REQUIRED', {
            field: 'permissions',
          }),
        }
      : unknown.length > 0
        ? {
            ok: false as const,
            error: flowProblemError('PERMISSION_UNKNOWN', {
              field: 'permissions',
              details: { unknown },
            }),
          }
        : { ok: true as const };
  return collect([serial, name, nationalId, permissions], () => ({
    serial: serial.ok ? serial.value : '',
    name: name.ok ? name.value : '',
    nationalId: nationalId.ok ? nationalId.value.value : '',
    // Catalog order, once each: what the server stores and what the tree shows.
    permissions: leaves ? leaves.filter((p) => form.permissions.includes(p)) : [...new Set(form.permissions)],
  }));
}
