-- CreateEnum
CREATE TYPE "MessagePolicy" AS ENUM ('ANYONE', 'SERVERS', 'NOBODY');

-- CreateEnum
CREATE TYPE "ParticipantStatus" AS ENUM ('ACCEPTED', 'REQUESTED', 'IGNORED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "messagePolicy" "MessagePolicy" NOT NULL DEFAULT 'ANYONE';

-- AlterTable
ALTER TABLE "ThreadParticipant" ADD COLUMN     "status" "ParticipantStatus" NOT NULL DEFAULT 'ACCEPTED';
