import { describeMatrix } from "../../support/security/run-matrix";

// The "admin" rows of the authorization matrix (tests/support/security/matrix.ts), cell by cell.
describeMatrix("admin");
