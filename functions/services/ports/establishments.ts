/** An establishment (tenant), as stored. The UAI is its identity and part of every key. */
export interface Establishment {
  uai: string;
  name: string;
  email: string | null;
  address: string;
  postalCode: string;
  city: string;
  phone: string;
  createdAt: string;
  updatedAt: string;
  /** Optimistic-concurrency counter: every update is conditional on it. */
  version: number;
}

export type EstablishmentDetails = Pick<Establishment, 'name' | 'email' | 'address' | 'postalCode' | 'city' | 'phone'>;

export interface EstablishmentsPort {
  get(uai: string): Promise<Establishment | null>;
  /** Updates the details; CONFLICT when `expectedVersion` is given and stale. */
  updateDetails(uai: string, details: EstablishmentDetails, expectedVersion?: number): Promise<Establishment>;
}
