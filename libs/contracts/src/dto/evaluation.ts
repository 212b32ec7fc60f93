/** Seed 000 G.2.e monitoring statuses: Belum Ada, Menunggu, Sedang Diisi, Selesai, Dibatalkan. */
export const ASSIGNMENT_STATUSES = ['pending', 'in_progress', 'submitted', 'cancelled'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** Seed 000 G.2.e: the invitation email's fate as the monitoring page shows it (Menunggu / Terkirim / Gagal). */
export type InvitationEmailStatus = 'pending' | 'sent' | 'failed';
