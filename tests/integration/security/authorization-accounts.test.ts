import { describeMatrix } from "../../support/security/run-matrix";

// The "accounts" rows of the authorization matrix (tests/support/security/matrix.ts), cell by cell.
describeMatrix("accounts");
