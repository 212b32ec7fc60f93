import type { FormView, LinkView, ProblemDetails } from '@evkin/contracts';
import type { PortalTimer } from '../../portal-shared/portal-timer';

/** Test data shaped like the gateway's answers; shared by the portal's component tests. */
export const PEER_LINK: LinkView = {
  assignmentId: 'asg-1',
  role: 'peer',
  status: 'pending',
  rater: { name: 'Siti Rahayu', language: 'id' },
  participant: {
    name: 'Budi Sutan',
    unit: 'BBPVP Ambon',
    target: 'ahli_pertama',
    province: 'Maluku',
    regency: 'Kota Ambon',
  },
  battery: {
    name: 'Baterai PK Ahli Pertama 2026',
    programme: 'Pelatihan Antar Kerja 2026',
    periodStart: '2026-01-01',
    deadline: '2026-12-31',
    closesAt: '2026-12-31T16:59:59.000Z',
  },
  competencies: [
    { id: 'c1', name: 'Perencanaan Pelaksanaan Antar Kerja', en: 'Planning of job placement' },
    { id: 'c2', name: 'Penempatan Tenaga Kerja', en: 'Job placement' },
  ],
  submittedAt: null,
  notMeAt: null,
};

export const SELF_LINK: LinkView = { ...PEER_LINK, role: 'self', rater: { name: 'Budi Sutan', language: 'id' } };

export function formFor(link: LinkView, answers: FormView['answers'] = { part1: [], part2: {} }): FormView {
  return {
    link,
    part1: [
      {
        id: 'c1',
        title: 'Perencanaan Pelaksanaan Antar Kerja',
        en: 'Planning of job placement',
        items: [
          {
            code: '001',
            text: 'Menyusun rencana kerja tahunan',
            en: 'Drafting the annual work plan',
            jenjang: 'ahli_pertama',
          },
          {
            code: '002',
            text: 'Mengolah data pasar kerja',
            en: 'Processing labour-market data',
            jenjang: 'ahli_pertama',
          },
        ],
      },
      {
        id: 'c2',
        title: 'Penempatan Tenaga Kerja',
        en: 'Job placement',
        items: [{ code: '010', text: 'Menyelenggarakan bursa kerja', en: 'Running a job fair', jenjang: 'ahli_muda' }],
      },
    ],
    part2: [
      {
        subCompetencyId: 's1',
        competencyId: 'c1',
        name: 'Perencanaan Tenaga Kerja',
        en: 'Workforce planning',
        description: null,
        descriptionEn: null,
        items: [
          { id: 'i1', text: 'Menyusun rencana dengan data', en: 'Plans with data' },
          { id: 'i2', text: 'Melibatkan pemangku kepentingan', en: 'Involves stakeholders' },
        ],
      },
      {
        subCompetencyId: 's2',
        competencyId: 'c2',
        name: 'Bursa Kerja',
        en: 'Job fairs',
        description: 'Penyelenggaraan bursa kerja',
        descriptionEn: 'Running job fairs',
        items: [
          { id: 'i3', text: 'Menyiapkan bursa kerja tepat waktu', en: 'Prepares job fairs on time' },
          { id: 'custom.x-1', text: 'Melayani pencari kerja dengan ramah', en: 'Serves job seekers kindly' },
        ],
      },
    ],
    scale: [
      { value: 4, label: 'Sangat sesuai', en: 'Strongly agree' },
      { value: 3, label: 'Sesuai', en: 'Agree' },
      { value: 2, label: 'Tidak sesuai', en: 'Disagree' },
      { value: 1, label: 'Sangat tidak sesuai', en: 'Strongly disagree' },
    ],
    answers,
    raterList: link.role === 'self' ? { workLocation: null, supervisor: null, peer: null } : null,
    progress: { part2Answered: 0, part2Total: 4, ratersNamed: link.role === 'self' ? false : null, complete: false },
    savedAt: null,
  };
}

export function problem(status: number, code: ProblemDetails['code'], title: string, extra = {}): ProblemDetails {
  return { type: `https://evkin.id/problems/${code}`, title, status, code, ...extra };
}

/** Runs the portal's delayed work only when a test says so. */
export class ManualTimer implements PortalTimer {
  private tasks: { task: () => void; ms: number }[] = [];

  schedule(task: () => void, ms: number): () => void {
    const entry = { task, ms };
    this.tasks.push(entry);
    return () => (this.tasks = this.tasks.filter((candidate) => candidate !== entry));
  }

  delays(): number[] {
    return this.tasks.map((entry) => entry.ms);
  }

  runAll(): void {
    const due = this.tasks;
    this.tasks = [];
    for (const entry of due) entry.task();
  }
}
