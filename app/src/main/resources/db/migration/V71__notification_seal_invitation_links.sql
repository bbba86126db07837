-- Invitation mails queued before links were sealed (issue 20, finding 1) held a working link in their body: the
-- body goes, and what has not been sent is not sent (its invitation was revoked by V29).
UPDATE outgoing_mail
SET body = '（この招待メールの本文には招待リンクが含まれていたため、削除しました。）',
    state = CASE WHEN state IN ('PENDING', 'FAILED', 'SENDING') THEN 'CANCELLED' ELSE state END,
    version = version + 1
WHERE dedup_key LIKE 'identity.invitation:%' AND body NOT LIKE '%[[mamori:sealed-link]]%';
