# Matching: reasons for the features added after the first thirteen (ESCO relations, text relevance). key: (en, tr, ar, fa)
# The first thirteen "Reason.*" strings are in portal_strings.py.
S = {
"Reason.related_skill_coverage+": ("You know more of this trade's skills.", "Bu mesleğin becerilerinin daha fazlasını biliyorsunuz.", "تعرف المزيد من مهارات هذه المهنة.", "مهارت‌های بیشتری از این حرفه را بلدید."),
"Reason.text_relevance+": ("Your work matches the words of the job.", "Yaptığınız iş, ilandaki ifadelerle örtüşüyor.", "عملك يطابق كلمات إعلان الوظيفة.", "کار شما با کلمات آگهی همخوانی دارد."),
}
