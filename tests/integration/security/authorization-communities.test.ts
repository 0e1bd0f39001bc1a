import { describeMatrix } from "../../support/security/run-matrix";

// The "communities" rows of the authorization matrix (tests/support/security/matrix.ts), cell by cell.
describeMatrix("communities");
