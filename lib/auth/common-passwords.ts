// A small bundled list of the most commonly breached passwords (and their obvious variants),
// refused at sign-up and password change. Short on purpose: the 10-character minimum already
// rules out most of any longer list.
const common = new Set([
  "1234567890", "12345678910", "123456789a", "0123456789", "0987654321", "1111111111", "1234512345",
  "1q2w3e4r5t", "1qaz2wsx3edc", "qwertyuiop", "qwerty1234", "qwerty12345", "asdfghjkl1", "zxcvbnm123",
  "password1", "password12", "password123", "password1234", "passw0rd123", "p@ssw0rd123", "password!",
  "iloveyou12", "iloveyou123", "princess12", "sunshine12", "football12", "baseball12", "welcome123",
  "letmein123", "monkey1234", "dragon1234", "master1234", "superman12", "trustno1234", "abc1234567",
  "abcdefghij", "qazwsxedcrfv", "changeme123", "administrator", "admin12345", "adminadmin", "chatsphere",
  "chatsphere1", "chatsphere123", "aaaaaaaaaa", "passwordpassword", "1234567890a", "a1234567890",
]);

export function isCommonPassword(password: string): boolean {
  return common.has(password.toLowerCase());
}
