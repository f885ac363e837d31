// The path to a customer's tenant, in one place: every customer-scoped 403 of the catalog (data field `gdap`) and the
// fallback of a 403 the catalog does not know end with these steps. Since DAP's retirement, a partner reaches a
// customer's tenant only through GDAP.

/** The GDAP checks, in the order an admin makes them. */
export const GDAP_STEPS = [
  "Check that your GDAP relationship with the customer is active: an expired one can't be renewed, so request a new one.",
  'Check that a security group in it has the Microsoft Entra role this action needs and that the user is in that group (Admin agent alone gives no customer access).',
];

/** The GDAP pages of Partner Center's documentation the steps follow. */
export const GDAP_LINKS = [
  { label: 'Introduction to GDAP', href: 'https://learn.microsoft.com/en-us/partner-center/gdap-introduction' },
  {
    label: 'GDAP roles by task',
    href: 'https://learn.microsoft.com/en-us/partner-center/gdap-least-privileged-roles-by-task',
  },
  {
    label: 'GDAP security groups',
    href: 'https://learn.microsoft.com/en-us/partner-center/gdap-assign-azure-ad-roles',
  },
];
