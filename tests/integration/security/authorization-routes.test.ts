import { describeMatrix } from "../../support/security/run-matrix";

// The "routes" rows of the authorization matrix (tests/support/security/matrix.ts), cell by cell.
describeMatrix("routes");
