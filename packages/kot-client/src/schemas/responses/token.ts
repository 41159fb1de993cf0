import { z } from 'zod';
import { kotBoolean, record } from '../../internal/schemas/tolerant.js';

export const tokenAvailabilitySchema = record({ available: kotBoolean });

export const refreshedTokenSchema = record({ token: z.string().min(1) });
