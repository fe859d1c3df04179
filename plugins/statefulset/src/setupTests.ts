import '@testing-library/jest-dom';

// The wizard field tests render whole react-jsonschema-form trees and type
// into them. On a loaded 2-core CI machine one such test took more than
// Jest's default 5 seconds, so the limit for a hung test is raised. This is a
// limit for a stuck test, not a speed check.
jest.setTimeout(30_000);
