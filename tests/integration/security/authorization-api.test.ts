import { describeMatrix } from "../../support/security/run-matrix";

// The "api" rows of the authorization matrix (tests/support/security/matrix.ts), cell by cell.
describeMatrix("api");
