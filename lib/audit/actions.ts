// Every kind of admin action the audit log records, with the words the log shows for it.
export const auditActions = {
  "user.verify_email": "Verified email",
  "user.resend_verification": "Resent verification email",
  "user.suspend": "Suspended user",
  "user.reactivate": "Reactivated user",
  "user.force_password_reset": "Forced password reset",
  "user.delete": "Deleted account",
  "user.promote": "Made admin",
  "user.demote": "Removed admin",
  "category.create": "Created category",
  "category.update": "Edited category",
  "category.reorder": "Reordered categories",
  "category.delete": "Deleted category",
  "server.update": "Edited server",
  "server.transfer": "Transferred server",
  "server.delete": "Deleted server",
  "channel.update": "Edited channel",
  "channel.delete": "Deleted channel",
  "thread.create": "Created thread",
  "thread.delete": "Deleted thread",
  "message.delete": "Deleted message",
  "member.ban": "Banned from server",
  "report.resolve": "Handled a report",
} as const;

export type AuditAction = keyof typeof auditActions;

export const auditTargetTypes = ["user", "category", "server", "channel", "thread", "message"] as const;
export type AuditTargetType = (typeof auditTargetTypes)[number];

