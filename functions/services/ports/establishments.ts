/** An establishment (tenant), as stored. The UAI is its identity and part of every key. */
export interface Establishment {
  uai: string;
  name: string;
  email: string | null;
  address: string;
  postalCode: string;
  city: string;
  phone: string;
  /** Transfer of learners' data between establishments (guide 3.6). */
  transferDeclarationNumber: string;
  transferEnabled: boolean;
  /** S3 keys (files bucket) of the logo and the stamp used by the bilan de formation. */
  images: { logo: string | null; cachet: string | null };
  /** The subscription, set by the operator. */
  plan: { label: string; startsOn: string | null; endsOn: string | null };
  /** Disk quota per diploma in bytes, when the operator raised it above the default. */
  quotas: Record<string, number>;
  /** When the staff file was last imported: learners cannot be imported before (guide 3.1.2). */
  staffImportedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Optimistic-concurrency counter: every update is conditional on it. */
  version: number;
}

export type EstablishmentDetails = Pick<
  Establishment,
  'name' | 'email' | 'address' | 'postalCode' | 'city' | 'phone' | 'transferDeclarationNumber' | 'transferEnabled'
>;

export interface EstablishmentsPort {
  get(uai: string): Promise<Establishment | null>;
  /** Updates the details; VersionConflict when `expectedVersion` is given and stale. */
  updateDetails(uai: string, details: EstablishmentDetails, expectedVersion?: number): Promise<Establishment>;
  setImage(uai: string, kind: 'logo' | 'cachet', key: string | null): Promise<Establishment>;
  markStaffImported(uai: string, at: string): Promise<void>;
}

/** Fields added after the first establishments were written get their neutral value on read. */
export function withEstablishmentDefaults(stored: Partial<Establishment> & Pick<Establishment, 'uai' | 'name'>): Establishment {
  return {
    email: null,
    address: '',
    postalCode: '',
    city: '',
    phone: '',
    transferDeclarationNumber: '',
    transferEnabled: false,
    images: { logo: null, cachet: null },
    plan: { label: 'Abonnement Cerise', startsOn: null, endsOn: null },
    quotas: {},
    staffImportedAt: null,
    createdAt: '',
    updatedAt: '',
    version: 1,
    ...stored,
  };
}
