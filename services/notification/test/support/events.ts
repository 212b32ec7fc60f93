import { randomUUID } from 'node:crypto';
import {
  EVENT_TYPES,
  type BatteryRef,
  type EventCatalogue,
  type EvkinEvent,
  type ParticipantRef,
  type RoutingKey,
} from '@evkin/contracts';

/** Builders of the events assessment emits, as notification receives them. */
export function envelope<K extends RoutingKey>(key: K, data: EventCatalogue[K]): EvkinEvent<K> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: '/evkin/assessment',
    type: EVENT_TYPES[key],
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    correlationid: randomUUID(),
    data,
  };
}

export function battery(over: Partial<BatteryRef> = {}): BatteryRef {
  return {
    id: randomUUID(),
    name: 'Baterai Petugas Antar Kerja 2026',
    programme: 'Pelatihan Petugas Antar Kerja',
    periodStart: '2026-01-01',
    deadline: '2099-12-31',
    closesAt: '2099-12-31T17:00:00.000Z',
    ...over,
  };
}

/** A battery whose deadline has passed. */
export const closedBattery = () => battery({ deadline: '2020-06-30', closesAt: '2020-06-30T17:00:00.000Z' });

export function participant(over: Partial<ParticipantRef> = {}): ParticipantRef {
  return {
    id: randomUUID(),
    name: 'Budi Sutan',
    email: `budi-${randomUUID()}@example.go.id`,
    nip: null,
    target: 'petugas',
    unit: 'Balai Besar Pelatihan Vokasi dan Produktivitas Ambon',
    province: 'Maluku',
    regency: 'Kota Ambon',
    language: 'id',
    ...over,
  };
}

export function invited(over: Partial<EventCatalogue['evaluation.invited']> = {}): EvkinEvent<'evaluation.invited'> {
  const who = over.participant ?? participant();
  return envelope('evaluation.invited', {
    assignmentId: randomUUID(),
    participantId: who.id,
    role: 'peer',
    reason: 'invitation',
    rater: { name: 'Rina Wati', email: `rina-${randomUUID()}@example.go.id`, language: 'id', position: null },
    participant: who,
    battery: battery(),
    links: { start: `https://evkin.example/e#${randomUUID()}`, monitoring: null },
    ...over,
  });
}

export function reminder(over: Partial<EventCatalogue['evaluation.reminder']> = {}): EvkinEvent<'evaluation.reminder'> {
  const who = over.participant ?? participant();
  return envelope('evaluation.reminder', {
    roundId: randomUUID(),
    assignmentId: randomUUID(),
    participantId: who.id,
    role: 'supervisor',
    rater: { name: 'Agus Salim', email: `agus-${randomUUID()}@example.go.id`, language: 'id' },
    participant: who,
    battery: battery(),
    daysLeft: 7,
    links: { start: `https://evkin.example/e#${randomUUID()}`, monitoring: null },
    missing: [],
    ...over,
  });
}

export function completed(
  over: Partial<EventCatalogue['evaluation.completed']> = {},
): EvkinEvent<'evaluation.completed'> {
  const who = over.participant ?? participant();
  return envelope('evaluation.completed', {
    participantId: who.id,
    participant: who,
    battery: battery(),
    instrument: {
      id: randomUUID(),
      version: 1,
      target: who.target,
      subCompetencyIds: [],
      part1Codes: [],
      part2Items: [],
      scoring: {} as EventCatalogue['evaluation.completed']['instrument']['scoring'],
    },
    links: { monitoring: `https://evkin.example/m#${randomUUID()}` },
    completedAt: new Date().toISOString(),
    assignments: [],
    ...over,
  });
}

export function submitted(
  over: Partial<EventCatalogue['evaluation.submitted']> = {},
): EvkinEvent<'evaluation.submitted'> {
  const who = over.participant ?? participant();
  return envelope('evaluation.submitted', {
    assignmentId: randomUUID(),
    participantId: who.id,
    role: 'peer',
    rater: { name: 'Rina Wati', email: `rina-${randomUUID()}@example.go.id`, language: 'id' },
    participant: who,
    battery: battery(),
    competencies: [],
    submittedAt: '2026-11-23T03:04:05.000Z',
    answers: { part1: [], part2: {} },
    ...over,
  });
}

export function cancelled(assignmentId: string, participantId: string): EvkinEvent<'evaluation.cancelled'> {
  return envelope('evaluation.cancelled', {
    assignmentId,
    participantId,
    batteryId: randomUUID(),
    role: 'peer',
    replacedBy: randomUUID(),
    at: new Date().toISOString(),
  });
}
