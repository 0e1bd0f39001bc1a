-- Pins: a conversation's pinned messages, and when they last changed (for catch-ups).
ALTER TABLE "Conversation" ADD COLUMN "pinsChangedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Pin" (
    "messageId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "pinnedById" TEXT,
    "pinnedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Pin_pkey" PRIMARY KEY ("messageId")
);

-- CreateIndex
CREATE INDEX "Pin_conversationId_pinnedAt_idx" ON "Pin"("conversationId", "pinnedAt");

-- CreateIndex
CREATE INDEX "Pin_pinnedById_idx" ON "Pin"("pinnedById");

-- AddForeignKey
ALTER TABLE "Pin" ADD CONSTRAINT "Pin_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pin" ADD CONSTRAINT "Pin_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pin" ADD CONSTRAINT "Pin_pinnedById_fkey" FOREIGN KEY ("pinnedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
