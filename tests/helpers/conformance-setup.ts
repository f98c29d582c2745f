import { afterAll, afterEach } from 'vitest';
import { formatViolations, takeResponseViolations } from './openapi-validator.js';

/**
 * Vitest setup for every test file: a test whose requests got an answer that does not
 * conform to the OpenAPI document fails, even when its own assertions passed. Answers given
 * outside a test (beforeAll, afterAll) fail the file.
 */
function failOnViolations() {
  const violations = takeResponseViolations();
  if (violations.length > 0) throw new Error(formatViolations(violations));
}

afterEach(failOnViolations);
afterAll(failOnViolations);
